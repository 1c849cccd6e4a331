<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_CA">
<context>
    <name>BandePhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Tous les fichiers (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;All files (*)</translation>
    </message>
    <message>
        <source>Photos du compte rendu</source>
        <translation>Report photos</translation>
    </message>
    <message>
        <source>Ajouter des photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Légende…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <source>Retirer la photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Photos du tableau ou de la fiche : glissez-les ici (JPEG ou PNG).</source>
        <translation>Photos of the flip chart or the form: drop them here (JPEG or PNG).</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px (double-clic : voir en entier)</source>
        <translation>%1 — %2 × %3 px (double-click to view full size)</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>Ajouter des photos</source>
        <translation>Add photos</translation>
    </message>
    <message numerus="yes">
        <source>Préparation de %n photo(s)…</source>
        <translation>
            <numerusform>Preparing %n photo…</numerusform>
            <numerusform>Preparing %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo « %1 » ajoutée (%2 × %3 px).</source>
        <translation>Photo “%1” added (%2 × %3 px).</translation>
    </message>
    <message>
        <source>Légende de la photo</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <source>Ce que montre la photo (imprimé sous elle dans les actes) :</source>
        <translation>What the photo shows (printed under it in the proceedings):</translation>
    </message>
</context>
<context>
    <name>ChampPresents</name>
    <message>
        <source>Personnes présentes</source>
        <translation>People present</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ajouter une personne présente</source>
        <translation>Add a person who was present</translation>
    </message>
    <message>
        <source>Ajouter un nom puis Entrée (un nom inconnu crée la personne)</source>
        <translation>Type a name, then Enter (an unknown name creates the person)</translation>
    </message>
    <message>
        <source>Retirer les noms choisis (touche Suppr)</source>
        <translation>Remove the selected names (Delete key)</translation>
    </message>
</context>
<context>
    <name>ChampsRecolte</name>
    <message>
        <source>Points saillants</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Propositions et recommandations</source>
        <translation>Proposals and recommendations</translation>
    </message>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ressources et liens</source>
        <translation>Resources and links</translation>
    </message>
    <message>
        <source>Questions ouvertes</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Mots-clés et thèmes</source>
        <translation>Keywords and themes</translation>
    </message>
    <message>
        <source>Personnes présentes</source>
        <translation>People present</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Le texte collé était très long : il a été inséré sans sa mise en forme.</source>
        <translation>The pasted text was very long: it was inserted without its formatting.</translation>
    </message>
    <message>
        <source>Collage refusé : le texte contient un bloc de plus de %1 caractères sans espace ni retour à la ligne (des données, pas des notes). Rien n&apos;a été modifié.</source>
        <translation>Paste refused: the text contains a block of more than %1 characters without a space or line break (data, not notes). Nothing was changed.</translation>
    </message>
    <message>
        <source>Collage refusé : ce champ dépasserait 1 Mo de texte (%1 caractères). Rien n&apos;a été modifié ; collez un extrait, ou mettez un lien vers le document dans « Ressources ».</source>
        <translation>Paste refused: this field would exceed 1 MB of text (%1 characters). Nothing was changed; paste an excerpt, or put a link to the document in “Resources”.</translation>
    </message>
</context>
<context>
    <name>CommandesConvergence</name>
    <message>
        <source>Points au mur de « %1 » : %2</source>
        <translation>Wall points for “%1”: %2</translation>
    </message>
    <message>
        <source>Bulletin de %1</source>
        <translation>Ballot of %1</translation>
    </message>
    <message>
        <source>Budget de points par défaut</source>
        <translation>Default points budget</translation>
    </message>
    <message>
        <source>Budget de %1 points</source>
        <translation>Budget of %1 points</translation>
    </message>
    <message>
        <source>Créer le thème « %1 »</source>
        <translation>Create theme “%1”</translation>
    </message>
    <message>
        <source>Modifier le thème « %1 »</source>
        <translation>Edit theme “%1”</translation>
    </message>
    <message>
        <source>Supprimer le thème « %1 »</source>
        <translation>Delete theme “%1”</translation>
    </message>
    <message>
        <source>Retirer %1 sujet(s) de leur thème</source>
        <translation>Remove %1 topic(s) from their theme</translation>
    </message>
    <message>
        <source>Classer %1 sujet(s) dans « %2 »</source>
        <translation>File %1 topic(s) under “%2”</translation>
    </message>
    <message>
        <source>Ajouter le plan d&apos;action « %1 »</source>
        <translation>Add action plan “%1”</translation>
    </message>
    <message>
        <source>Modifier le plan d&apos;action « %1 »</source>
        <translation>Edit action plan “%1”</translation>
    </message>
    <message>
        <source>Supprimer le plan d&apos;action « %1 »</source>
        <translation>Delete action plan “%1”</translation>
    </message>
    <message>
        <source>Promouvoir %1 étape(s) en plans d&apos;action</source>
        <translation>Promote %1 step(s) to action plans</translation>
    </message>
</context>
<context>
    <name>CommandesRecoltes</name>
    <message>
        <source>Marquer « %1 » prête</source>
        <translation>Mark “%1” ready</translation>
    </message>
    <message>
        <source>Marquer « %1 » à relire</source>
        <translation>Mark “%1” for review</translation>
    </message>
    <message>
        <source>Ajouter la photo « %1 »</source>
        <translation>Add photo “%1”</translation>
    </message>
    <message>
        <source>Retirer la photo « %1 »</source>
        <translation>Remove photo “%1”</translation>
    </message>
    <message>
        <source>Changer la légende d&apos;une photo</source>
        <translation>Change a photo caption</translation>
    </message>
    <message>
        <source>Modifier les champs du formulaire de récolte</source>
        <translation>Edit the harvest form fields</translation>
    </message>
</context>
<context>
    <name>CommandesSujets</name>
    <message>
        <source>Ajouter le sujet « %1 »</source>
        <translation>Add topic “%1”</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Retirer « %1 » du mur</source>
        <translation>Remove “%1” from the wall</translation>
    </message>
    <message>
        <source>Placer « %1 »</source>
        <translation>Place “%1”</translation>
    </message>
    <message>
        <source>Changer la durée de « %1 »</source>
        <translation>Change the length of “%1”</translation>
    </message>
    <message>
        <source>Déplacer « %1 »</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Échanger « %1 » et « %2 »</source>
        <translation>Swap “%1” and “%2”</translation>
    </message>
    <message>
        <source>Fusionner %1 dans le n° %2</source>
        <translation>Merge %1 into no. %2</translation>
    </message>
    <message>
        <source>Défusionner « %1 »</source>
        <translation>Unmerge “%1”</translation>
    </message>
</context>
<context>
    <name>DeleguePoints</name>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>DialogueChampsRecolte</name>
    <message>
        <source>Champs du formulaire de récolte</source>
        <translation>Harvest form fields</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afficher&lt;/b&gt;</source>
        <translation>&lt;b&gt;Show&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nom dans ce forum&lt;/b&gt;</source>
        <translation>&lt;b&gt;Name in this forum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Le cœur du compte rendu : toujours affiché.</source>
        <translation>The heart of the report: always shown.</translation>
    </message>
    <message>
        <source>Nom du champ « %1 »</source>
        <translation>Name of the field “%1”</translation>
    </message>
    <message>
        <source>Un champ caché garde ce qui y est déjà écrit ; il réapparaît tel quel si vous l&apos;affichez de nouveau. Laissez un nom vide pour garder le nom habituel.</source>
        <translation>A hidden field keeps what is already written in it; it comes back as it was if you show it again. Leave a name empty to keep the usual name.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Valeurs habituelles</source>
        <translation>Usual values</translation>
    </message>
</context>
<context>
    <name>DialogueConnexion</name>
    <message>
        <source>Ouvrir une base partagée</source>
        <translation>Open a shared database</translation>
    </message>
    <message>
        <source>Un forum partagé vit dans une base PostgreSQL du serveur du lieu : plusieurs portables y travaillent en même temps. Une base vide reçoit un nouveau forum.</source>
        <translation>A shared forum lives in a PostgreSQL database on the venue&apos;s server: several laptops work in it at the same time. An empty database receives a new forum.</translation>
    </message>
    <message>
        <source>192.168.1.10 ou serveur.local</source>
        <translation>192.168.1.10 or server.local</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>Jamais enregistré : à retaper à chaque ouverture.</source>
        <translation>Never saved: type it again each time you open.</translation>
    </message>
    <message>
        <source>&amp;Serveur</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Utilisateur</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Résultat de l&apos;essai</source>
        <translation>Test result</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
</context>
<context>
    <name>DialogueFichierAbime</name>
    <message>
        <source>Que voulez-vous faire ?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Ouvrir en lecture seule</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Récupérer dans un nouveau fichier…</source>
        <translation>Recover into a new file…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Récupérer dans un nouveau fichier</source>
        <translation>Recover into a new file</translation>
    </message>
    <message>
        <source>Forums (*.forum)</source>
        <translation>Forums (*.forum)</translation>
    </message>
    <message>
        <source>Récupération de « %1 » en cours…</source>
        <translation>Recovering “%1”…</translation>
    </message>
</context>
<context>
    <name>DialogueFusion</name>
    <message>
        <source>Fusionner d&apos;autres fichiers</source>
        <translation>Merge other files</translation>
    </message>
    <message>
        <source>Fusionner dans « %1 » : %2. Chaque texte tapé sur chaque portable est gardé ; le forum est sauvegardé d&apos;abord.</source>
        <translation>Merge into “%1”: %2. Every text typed on every laptop is kept; the forum is backed up first.</translation>
    </message>
    <message>
        <source>Lecture des fichiers…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>Aperçu de la fusion</source>
        <translation>Merge preview</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>DialogueImportParticipants</name>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Type d&apos;acteur</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <source>Niveau d&apos;action</source>
        <translation>Action level</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Consentement à la publication</source>
        <translation>Consent to publication</translation>
    </message>
    <message>
        <source>Consentement au partage des coordonnées</source>
        <translation>Consent to sharing contact details</translation>
    </message>
    <message>
        <source>Colonne du fichier pour chaque champ</source>
        <translation>File column for each field</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Aperçu de l&apos;import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>Aperçu des %1 premières lignes</source>
        <translation>Preview of the first %1 lines</translation>
    </message>
    <message>
        <source>Résumé de l&apos;import</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Rapport de l&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Travail en cours</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>« %1 » : %2 lignes, encodage %3, séparateur « %4 ».</source>
        <translation>“%1”: %2 lines, %3 encoding, separator “%4”.</translation>
    </message>
    <message>
        <source>Analyse du fichier…</source>
        <translation>Analyzing the file…</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DialogueJourneeType</name>
    <message>
        <source>Générer une journée type</source>
        <translation>Generate a typical day</translation>
    </message>
    <message>
        <source>Plénière d&apos;ouverture et place du marché</source>
        <translation>Opening plenary and marketplace</translation>
    </message>
    <message>
        <source>Dîner après la ronde la plus près de midi</source>
        <translation>Lunch after the round closest to noon</translation>
    </message>
    <message>
        <source>Plénière de clôture</source>
        <translation>Closing plenary</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Début de la journée</source>
        <translation>Start of the day</translation>
    </message>
    <message>
        <source>Rondes d&apos;ateliers</source>
        <translation>Session rounds</translation>
    </message>
    <message>
        <source>Numéro de la première ronde</source>
        <translation>Number of the first round</translation>
    </message>
    <message>
        <source>Durée d&apos;une ronde</source>
        <translation>Length of a round</translation>
    </message>
    <message>
        <source>Pause entre deux blocs</source>
        <translation>Break between two blocks</translation>
    </message>
    <message>
        <source>Durée de la plénière d&apos;ouverture</source>
        <translation>Length of the opening plenary</translation>
    </message>
    <message>
        <source>Durée du dîner</source>
        <translation>Length of lunch</translation>
    </message>
    <message>
        <source>Durée de la plénière de clôture</source>
        <translation>Length of the closing plenary</translation>
    </message>
    <message>
        <source>La journée</source>
        <translation>The day</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Aperçu des créneaux</source>
        <translation>Time slot preview</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Message de validation</source>
        <translation>Validation message</translation>
    </message>
    <message>
        <source>Ajouter ces créneaux</source>
        <translation>Add these time slots</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cette journée ne contient aucun créneau.</source>
        <translation>This day contains no time slots.</translation>
    </message>
    <message>
        <source>Aperçu du %1</source>
        <translation>Preview of %1</translation>
    </message>
</context>
<context>
    <name>DialoguePhoto</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Photo entière</source>
        <translation>Full photo</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DialoguePreferences</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>The new language will apply the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>DialogueSauvegardes</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Forum ouvert copie ce forum à l&apos;ouverture, puis toutes les 10 minutes pendant l&apos;édition. Restaurer remet le forum dans l&apos;état choisi ; son état actuel est d&apos;abord sauvegardé, rien n&apos;est perdu.</source>
        <translation>Forum ouvert copies this forum when it is opened, then every 10 minutes while you edit. Restoring puts the forum back in the chosen state; its current state is backed up first, so nothing is lost.</translation>
    </message>
    <message>
        <source>Forum ouvert garde un instantané de ce forum partagé à l&apos;ouverture, puis toutes les 10 minutes pendant l&apos;édition, sur ce portable. Restaurer remet la base du serveur dans l&apos;état choisi, pour tous les portables connectés ; son état actuel est d&apos;abord sauvegardé, rien n&apos;est perdu.</source>
        <translation>Forum ouvert keeps a snapshot of this shared forum when it is opened, then every 10 minutes while you edit, on this laptop. Restoring puts the server&apos;s database back in the chosen state, for every connected laptop; its current state is backed up first, so nothing is lost.</translation>
    </message>
    <message>
        <source>Sauvegardes du forum</source>
        <translation>Forum backups</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nombre de sauvegardes gardées</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <source>Garder les sauvegardes les plus récentes :</source>
        <translation>Keep the most recent backups:</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de ce forum pour l&apos;instant.</source>
        <translation>No backups of this forum yet.</translation>
    </message>
</context>
<context>
    <name>FenetrePrincipale</name>
    <message>
        <source>Préparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Place du marché</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Récolte</source>
        <translation>Harvest</translation>
    </message>
    <message>
        <source>Salle de presse</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau forum…</source>
        <translation>&amp;New forum…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Ouvrir une base &amp;partagée…</source>
        <translation>Open a &amp;shared database…</translation>
    </message>
    <message>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent file</translation>
    </message>
    <message>
        <source>Importer des participants (CSV)…</source>
        <translation>Import participants (CSV)…</translation>
    </message>
    <message>
        <source>Exporter les participants (CSV)…</source>
        <translation>Export participants (CSV)…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Fermer le forum</source>
        <translation>&amp;Close forum</translation>
    </message>
    <message>
        <source>Restaurer une &amp;sauvegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>F&amp;usionner d&apos;autres fichiers…</source>
        <translation>Merge other fi&amp;les…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Projeter l&apos;agenda</source>
        <translation>&amp;Project the agenda</translation>
    </message>
    <message>
        <source>Projeter sur l&apos;é&amp;cran</source>
        <translation>Project on &amp;screen</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Forum ouvert</source>
        <translation>&amp;About Forum ouvert</translation>
    </message>
    <message>
        <source>Écran %1 : %2 (%3 × %4)</source>
        <translation>Screen %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Impossible d&apos;accéder au fichier : %1</source>
        <translation>Cannot access the file: %1</translation>
    </message>
    <message>
        <source>Ouvrir un forum</source>
        <translation>Open a forum</translation>
    </message>
    <message>
        <source>Nouveau forum</source>
        <translation>New forum</translation>
    </message>
    <message>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Exporter les participants</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Participants exportés : %1</source>
        <translation>Participants exported: %1</translation>
    </message>
    <message>
        <source>⚠ Sauvegarde automatique : %1</source>
        <translation>⚠ Automatic backup: %1</translation>
    </message>
    <message>
        <source>Forum restauré ; son état précédent est gardé parmi les sauvegardes.</source>
        <translation>Forum restored; its previous state is kept among the backups.</translation>
    </message>
    <message>
        <source>Fichiers à fusionner</source>
        <translation>Files to merge</translation>
    </message>
    <message>
        <source>Fusion faite : %1 ajout(s), %2 modification(s), %3 à relire.</source>
        <translation>Merge done: %1 addition(s), %2 change(s), %3 to review.</translation>
    </message>
    <message>
        <source>Lecture seule : aucune modification ne sera enregistrée.</source>
        <translation>Read-only: no change will be saved.</translation>
    </message>
    <message>
        <source>✓ Chaque modification est enregistrée aussitôt dans le fichier du forum.</source>
        <translation>✓ Every change is saved at once in the forum file.</translation>
    </message>
    <message>
        <source> — Lecture seule</source>
        <translation> — Read-only</translation>
    </message>
    <message>
        <source>À propos de Forum ouvert</source>
        <translation>About Forum ouvert</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forum ouvert %1&lt;/h3&gt;&lt;p&gt;Animer un forum ouvert (Open Space) sur un seul portable, sans Internet : place du marché, mur de l&apos;agenda, récolte et actes.&lt;/p&gt;&lt;p&gt;Dossier des données : &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence : GNU GPL version 3 ou ultérieure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forum ouvert %1&lt;/h3&gt;&lt;p&gt;Run an Open Space event on a single laptop, without Internet: marketplace, agenda wall, harvest and proceedings.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FenetreProjecteur</name>
    <message>
        <source>Projection — %1</source>
        <translation>Projection — %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>À suivre</source>
        <translation>Up next</translation>
    </message>
    <message>
        <source>Aucun créneau n’est encore prévu.</source>
        <translation>No time slot is planned yet.</translation>
    </message>
    <message>
        <source>Les personnes qui se présentent sont les bonnes personnes</source>
        <translation>Whoever comes are the right people</translation>
    </message>
    <message>
        <source>Ce qui arrive est la seule chose qui pouvait arriver</source>
        <translation>Whatever happens is the only thing that could have</translation>
    </message>
    <message>
        <source>Ça commence quand ça commence</source>
        <translation>Whenever it starts is the right time</translation>
    </message>
    <message>
        <source>Quand c’est fini, c’est fini</source>
        <translation>When it’s over, it’s over</translation>
    </message>
    <message>
        <source>Les principes du forum ouvert</source>
        <translation>The principles of Open Space</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Si vous n’êtes ni en train d’apprendre ni en train de contribuer, utilisez vos deux pieds : allez là où vous le pouvez.</source>
        <translation>If you are neither learning nor contributing, use your two feet: go wherever you can.</translation>
    </message>
    <message>
        <source>La loi des deux pieds</source>
        <translation>The law of two feet</translation>
    </message>
    <message>
        <source>butinent d’un groupe à l’autre et font circuler les idées.</source>
        <translation>flit from group to group and cross-pollinate ideas.</translation>
    </message>
    <message>
        <source>se posent, se reposent et lancent des conversations inattendues.</source>
        <translation>settle, rest, and start unexpected conversations.</translation>
    </message>
    <message>
        <source>Les bourdons</source>
        <translation>Bumblebees</translation>
    </message>
    <message>
        <source>Les papillons</source>
        <translation>Butterflies</translation>
    </message>
</context>
<context>
    <name>FicheEditeur</name>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>nom@exemple.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Région — MRC, ville ou quartier</source>
        <translation>Region — RCM, city or neighbourhood</translation>
    </message>
    <message>
        <source>Type d&apos;acteur</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <source>Niveau d&apos;action</source>
        <translation>Action level</translation>
    </message>
    <message>
        <source>Accepte d&apos;être nommé·e dans les actes et le site</source>
        <translation>Agrees to be named in the proceedings and on the site</translation>
    </message>
    <message>
        <source>Accepte de partager ses coordonnées avec les autres participants</source>
        <translation>Agrees to share contact details with the other participants</translation>
    </message>
    <message>
        <source>(privé : visible seulement ici)</source>
        <translation>(private: visible only here)</translation>
    </message>
    <message>
        <source>Le téléphone n&apos;est jamais publié : ni dans les actes, ni sur le site, ni dans la liste partagée.</source>
        <translation>The phone number is never published: not in the proceedings, not on the site, not in the shared list.</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Type d&apos;&amp;acteur</source>
        <translation>&amp;Actor type</translation>
    </message>
    <message>
        <source>Niveau d&apos;acti&amp;on</source>
        <translation>Acti&amp;on level</translation>
    </message>
    <message>
        <source>Te&amp;rritoire</source>
        <translation>Te&amp;rritory</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
</context>
<context>
    <name>FormulaireRecolte</name>
    <message>
        <source>État du compte rendu</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>✓ Marquer prête</source>
        <translation>✓ Mark ready</translation>
    </message>
    <message>
        <source>Le compte rendu est relu : il peut aller aux actes.</source>
        <translation>The report has been reviewed: it can go into the proceedings.</translation>
    </message>
    <message>
        <source>Marquer à relire</source>
        <translation>Mark for review</translation>
    </message>
    <message>
        <source>Champs du formulaire…</source>
        <translation>Form fields…</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Message du formulaire</source>
        <translation>Form message</translation>
    </message>
    <message>
        <source>Saisie, aperçu ou historique</source>
        <translation>Entry, preview or history</translation>
    </message>
    <message>
        <source>Saisie</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Aperçu du compte rendu</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Choisissez un atelier dans la liste.</source>
        <translation>Choose a session in the list.</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Rien n&apos;est encore enregistré : écrivez, tout s&apos;enregistre tout seul.</source>
        <translation>Nothing is saved yet: just write, everything saves itself.</translation>
    </message>
    <message numerus="yes">
        <source>, sur %n créneaux</source>
        <translation>
            <numerusform>, over %n time slot</numerusform>
            <numerusform>, over %n time slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Porteur : %1</source>
        <translation>Convener: %1</translation>
    </message>
    <message>
        <source>Porteurs : %1</source>
        <translation>Conveners: %1</translation>
    </message>
    <message>
        <source>%1 dépasse 1 Mo de texte : ce champ n&apos;est plus enregistré tant qu&apos;il n&apos;est pas raccourci (rien n&apos;a été effacé du formulaire).</source>
        <translation>%1 exceeds 1 MB of text: this field is no longer saved until it is shortened (nothing was erased from the form).</translation>
    </message>
    <message>
        <source>✓ Enregistré à %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <source>✓ Enregistré le %1 à %2</source>
        <translation>✓ Saved on %1 at %2</translation>
    </message>
    <message>
        <source>Historique (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>« %1 » ajoutée aux participants du forum.</source>
        <translation>“%1” added to the forum’s participants.</translation>
    </message>
    <message>
        <source>Version restaurée ; l&apos;état d&apos;avant reste dans l&apos;historique.</source>
        <translation>Version restored; the previous state remains in the history.</translation>
    </message>
    <message>
        <source>*Rien n&apos;a encore été écrit pour cet atelier.*</source>
        <translation>*Nothing has been written for this session yet.*</translation>
    </message>
</context>
<context>
    <name>GestesMur</name>
    <message>
        <source>Prendre</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <source>Prendre l&apos;atelier de la case ou le sujet choisi</source>
        <translation>Pick up the session in the cell or the selected topic</translation>
    </message>
    <message>
        <source>Déposer ici</source>
        <translation>Drop here</translation>
    </message>
    <message>
        <source>Déposer le sujet pris dans la case du curseur</source>
        <translation>Drop the picked-up topic in the cell under the cursor</translation>
    </message>
    <message>
        <source>Retirer du mur</source>
        <translation>Remove from wall</translation>
    </message>
    <message>
        <source>Remettre l&apos;atelier avec les sujets à placer</source>
        <translation>Put the session back with the topics to place</translation>
    </message>
    <message>
        <source>+1 créneau</source>
        <translation>+1 time slot</translation>
    </message>
    <message>
        <source>Prolonger l&apos;atelier sur le créneau suivant</source>
        <translation>Extend the session over the next time slot</translation>
    </message>
    <message>
        <source>−1 créneau</source>
        <translation>−1 time slot</translation>
    </message>
    <message>
        <source>Raccourcir l&apos;atelier d&apos;un créneau</source>
        <translation>Shorten the session by one time slot</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Fusionner les sujets choisis dans la liste</source>
        <translation>Merge the topics selected in the list</translation>
    </message>
    <message>
        <source>Défusionner</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>Rendre leur indépendance aux sujets fusionnés</source>
        <translation>Make the merged topics independent again</translation>
    </message>
    <message>
        <source>Lâcher</source>
        <translation>Let go</translation>
    </message>
    <message>
        <source>Oublier le sujet pris</source>
        <translation>Forget the picked-up topic</translation>
    </message>
    <message>
        <source>Rien à prendre ici : choisissez un sujet ou un atelier.</source>
        <translation>Nothing to pick up here: choose a topic or a session.</translation>
    </message>
    <message>
        <source>N° %1 pris : placez le curseur sur une case du mur, puis Entrée (Échap pour lâcher).</source>
        <translation>No. %1 picked up: move the cursor to a cell of the wall, then Enter (Esc to let go).</translation>
    </message>
    <message>
        <source>Choisissez une case d&apos;atelier (pas une pause ni une plénière).</source>
        <translation>Choose a session cell (not a break or a plenary).</translation>
    </message>
    <message>
        <source>Cette case est déjà prise par le n° %1 « %2 ». Déposez le sujet dans une case libre, ou déplacez d&apos;abord cet atelier.</source>
        <translation>This cell is already taken by no. %1 “%2”. Drop the topic in a free cell, or move that session first.</translation>
    </message>
    <message>
        <source>Pour fusionner, choisissez au moins deux sujets (Ctrl+clic dans la liste, plus l&apos;atelier sous le curseur).</source>
        <translation>To merge, choose at least two topics (Ctrl+click in the list, plus the session under the cursor).</translation>
    </message>
    <message>
        <source>Aucun sujet n&apos;est fusionné dans celui-ci.</source>
        <translation>No topic is merged into this one.</translation>
    </message>
</context>
<context>
    <name>GraphiqueBarres</name>
    <message>
        <source>Personne pour l&apos;instant.</source>
        <translation>Nobody yet.</translation>
    </message>
</context>
<context>
    <name>Historique</name>
    <message>
        <source>Porteurs : %1</source>
        <translation>Conveners: %1</translation>
    </message>
    <message>
        <source>Scribe : %1</source>
        <translation>Note-taker: %1</translation>
    </message>
    <message>
        <source> (%1 en tout)</source>
        <translation> (%1 in all)</translation>
    </message>
    <message>
        <source>%1 personnes présentes</source>
        <translation>%1 people present</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ListeACocher</name>
    <message>
        <source>Chercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>chercher</source>
        <translation>search</translation>
    </message>
</context>
<context>
    <name>ListeAteliers</name>
    <message>
        <source>Ses ateliers</source>
        <translation>Their sessions</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Choisissez une personne dans la liste.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <source>Aucun atelier pour l&apos;instant (ni porteur·euse, ni présent·e, ni scribe).</source>
        <translation>No sessions yet (not as convener, participant or note-taker).</translation>
    </message>
</context>
<context>
    <name>ModeleEtapes</name>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>ModeleMur</name>
    <message>
        <source>%1, %2 : libre</source>
        <translation>%1, %2: free</translation>
    </message>
    <message>
        <source>↳ suite du n° %1</source>
        <translation>↳ continuation of no. %1</translation>
    </message>
    <message>
        <source>%1
(%2 places)</source>
        <translation>%1
(%2 seats)</translation>
    </message>
</context>
<context>
    <name>ModelePresse</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Jour/Heure</source>
        <translation>Day/Time</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>(%1 créneaux)</source>
        <translation>(%1 time slots)</translation>
    </message>
    <message>
        <source>L&apos;atelier dure %1 créneaux ; l&apos;heure est celle du premier.</source>
        <translation>The session lasts %1 time slots; the time shown is that of the first.</translation>
    </message>
</context>
<context>
    <name>ModifierForum</name>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>OngletPlans</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Porté par</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Plans d&apos;action</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Nouveau plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Supprimer le plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Ce qui sera fait, en une phrase</source>
        <translation>What will be done, in one sentence</translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Sans échéance</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Retirer la date d&apos;échéance</source>
        <translation>Remove the deadline</translation>
    </message>
    <message>
        <source>Organisations, séparées par des virgules</source>
        <translation>Organizations, separated by commas</translation>
    </message>
    <message>
        <source>Sujets liés</source>
        <translation>Related topics</translation>
    </message>
    <message>
        <source>Thèmes liés</source>
        <translation>Related themes</translation>
    </message>
    <message>
        <source>Enregistrer le plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Prochaine étape :</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Échéance :</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Ressources :</source>
        <translation>Resources:</translation>
    </message>
    <message>
        <source>Partenaires :</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>Prochaines étapes des récoltes</source>
        <translation>Next steps from the harvests</translation>
    </message>
    <message>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Promouvoir en plans d&apos;action</source>
        <translation>Promote to action plans</translation>
    </message>
    <message>
        <source>Depuis les récoltes</source>
        <translation>From the harvests</translation>
    </message>
    <message>
        <source>%1 plan(s) d&apos;action</source>
        <translation>%1 action plan(s)</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1 prochaine(s) étape(s) notée(s) dans les récoltes ne sont pas encore des plans d&apos;action. Cochez celles à reprendre : la personne nommée dans « Qui » porte le plan si elle est inscrite, sinon elle devient partenaire.</source>
        <translation>%1 next step(s) noted in the harvests are not action plans yet. Check the ones to take up: the person named under “Who” leads the plan if they are registered; otherwise they become a partner.</translation>
    </message>
    <message>
        <source>Toutes les prochaines étapes des récoltes sont déjà des plans d&apos;action.</source>
        <translation>All next steps from the harvests are already action plans.</translation>
    </message>
    <message>
        <source>Plan d&apos;action : %1</source>
        <translation>Action plan: %1</translation>
    </message>
    <message>
        <source>Nouveau plan d&apos;action</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>Ajouter le plan</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <source>Cochez d&apos;abord les prochaines étapes à promouvoir en plans d&apos;action.</source>
        <translation>First check the next steps to promote to action plans.</translation>
    </message>
</context>
<context>
    <name>OngletThemes</name>
    <message>
        <source>Sujets sans thème</source>
        <translation>Topics without a theme</translation>
    </message>
    <message>
        <source>Thèmes et leurs sujets</source>
        <translation>Themes and their topics</translation>
    </message>
    <message>
        <source>Thème où classer les sujets choisis</source>
        <translation>Theme in which to file the selected topics</translation>
    </message>
    <message>
        <source>Classer</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Met les sujets choisis (dans l&apos;une ou l&apos;autre liste) dans ce thème.</source>
        <translation>Puts the selected topics (from either list) in this theme.</translation>
    </message>
    <message>
        <source>Titre du thème</source>
        <translation>Theme title</translation>
    </message>
    <message>
        <source>Description du thème</source>
        <translation>Theme description</translation>
    </message>
    <message>
        <source>Initiateur du thème</source>
        <translation>Theme initiator</translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Enregistrer le thème</source>
        <translation>Save theme</translation>
    </message>
    <message>
        <source>Supprimer le thème</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <source>Ses sujets redeviennent sans thème ; Ctrl+Z le rétablit.</source>
        <translation>Its topics go back to having no theme; Ctrl+Z restores it.</translation>
    </message>
    <message>
        <source>Thème choisi</source>
        <translation>Selected theme</translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Initiateur :</source>
        <translation>Initiator:</translation>
    </message>
    <message>
        <source>Titre du nouveau thème</source>
        <translation>Title of the new theme</translation>
    </message>
    <message>
        <source>Créer le thème</source>
        <translation>Create theme</translation>
    </message>
    <message>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Déposez ici un sujet pour le retirer de son thème.</source>
        <translation>Drop a topic here to remove it from its theme.</translation>
    </message>
    <message>
        <source>Glissez un sujet sur un thème pour l&apos;y classer, ou sur « Sans thème » pour l&apos;en retirer. Au clavier : choisissez des sujets, un thème, puis « Classer ».</source>
        <translation>Drag a topic onto a theme to file it there, or onto “No theme” to remove it. With the keyboard: choose topics, a theme, then “File”.</translation>
    </message>
    <message>
        <source>Classer les sujets choisis dans :</source>
        <translation>File the selected topics under:</translation>
    </message>
    <message>
        <source>Sans thème (%1)</source>
        <translation>No theme (%1)</translation>
    </message>
    <message>
        <source>Initié par %1</source>
        <translation>Started by %1</translation>
    </message>
    <message>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Thème choisi : %1</source>
        <translation>Selected theme: %1</translation>
    </message>
    <message>
        <source>Thème choisi (cliquez un thème dans la liste)</source>
        <translation>Selected theme (click a theme in the list)</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un ou des sujets (Ctrl+clic pour en prendre plusieurs).</source>
        <translation>First choose one or more topics (Ctrl+click to take several).</translation>
    </message>
</context>
<context>
    <name>OngletVotes</name>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Budget de points par personne</source>
        <translation>Points budget per person</translation>
    </message>
    <message>
        <source>Chaque personne reçoit un point pour trois sujets proposés.</source>
        <translation>Each person gets one point for every three topics proposed.</translation>
    </message>
    <message>
        <source>Règles du vote</source>
        <translation>Voting rules</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Points au mur</source>
        <translation>Wall points</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Classement des sujets</source>
        <translation>Topic ranking</translation>
    </message>
    <message>
        <source>Double-cliquez (ou tapez un nombre) dans « Points au mur », puis Entrée.</source>
        <translation>Double-click (or type a number) in “Wall points”, then Enter.</translation>
    </message>
    <message>
        <source>Personne qui vote</source>
        <translation>Person voting</translation>
    </message>
    <message>
        <source>Tapez un nom…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points du bulletin</source>
        <translation>Ballot points</translation>
    </message>
    <message>
        <source>Total du bulletin</source>
        <translation>Ballot total</translation>
    </message>
    <message>
        <source>Enregistrer le bulletin</source>
        <translation>Save ballot</translation>
    </message>
    <message>
        <source>Tout remettre à zéro</source>
        <translation>Reset everything to zero</translation>
    </message>
    <message>
        <source>Bulletin d&apos;une personne</source>
        <translation>A person’s ballot</translation>
    </message>
    <message>
        <source>Personne :</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Budget par personne :</source>
        <translation>Budget per person:</translation>
    </message>
    <message>
        <source>budget par défaut : un tiers des sujets (%1)</source>
        <translation>default budget: one third of the topics (%1)</translation>
    </message>
    <message>
        <source>Au plus %1 point(s) sur un même sujet · %2 personne(s) ont voté</source>
        <translation>At most %1 point(s) on a single topic · %2 person(s) have voted</translation>
    </message>
    <message>
        <source>%1 sujets classés par total : points au mur plus points des bulletins.</source>
        <translation>%1 topics ranked by total: wall points plus ballot points.</translation>
    </message>
    <message>
        <source>Aucun point pour l&apos;instant : comptez les gommettes du mur dans « Points au mur », ou saisissez des bulletins à droite.</source>
        <translation>No points yet: count the dot stickers on the wall in “Wall points”, or enter ballots on the right.</translation>
    </message>
    <message>
        <source>%1 ex æquo</source>
        <translation>%1 tied</translation>
    </message>
    <message>
        <source>Choisissez la personne dont vous saisissez le bulletin.</source>
        <translation>Choose the person whose ballot you are entering.</translation>
    </message>
    <message>
        <source>Bulletin déjà enregistré : %1 point(s).</source>
        <translation>Ballot already saved: %1 point(s).</translation>
    </message>
    <message>
        <source>Pas encore de bulletin pour cette personne.</source>
        <translation>No ballot yet for this person.</translation>
    </message>
    <message>
        <source>%1 points sur %2</source>
        <translation>%1 points out of %2</translation>
    </message>
    <message>
        <source>%1 de trop</source>
        <translation>%1 too many</translation>
    </message>
    <message>
        <source>plus de %1 sur un sujet</source>
        <translation>more than %1 on one topic</translation>
    </message>
    <message>
        <source>%1 à donner</source>
        <translation>%1 left to give</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord la personne qui vote.</source>
        <translation>First choose the person voting.</translation>
    </message>
</context>
<context>
    <name>PageAccueil</name>
    <message>
        <source>&lt;h2&gt;Aucun forum n&apos;est ouvert&lt;/h2&gt;&lt;p&gt;Créez un forum, ouvrez un fichier .forum, ou explorez le forum de démonstration.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No forum is open&lt;/h2&gt;&lt;p&gt;Create a forum, open a .forum file, or explore the demo forum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nouveau forum…</source>
        <translation>New forum…</translation>
    </message>
    <message>
        <source>Ouvrir un forum…</source>
        <translation>Open a forum…</translation>
    </message>
    <message>
        <source>Ouvrir le forum de démonstration</source>
        <translation>Open the demo forum</translation>
    </message>
</context>
<context>
    <name>PageActes</name>
    <message>
        <source>Participantes et participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sujets proposés</source>
        <translation>Topics proposed</translation>
    </message>
    <message>
        <source>Ateliers tenus ou prévus</source>
        <translation>Sessions held or planned</translation>
    </message>
    <message>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Créneaux</source>
        <translation>Time slots</translation>
    </message>
    <message>
        <source>Comptes rendus reçus</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Le forum en chiffres</source>
        <translation>The forum in numbers</translation>
    </message>
    <message>
        <source>Comptes rendus prêts</source>
        <translation>Reports ready</translation>
    </message>
    <message>
        <source>Les comptes rendus</source>
        <translation>The reports</translation>
    </message>
    <message>
        <source>Dans l&apos;ordre de l&apos;agenda</source>
        <translation>In agenda order</translation>
    </message>
    <message>
        <source>Groupés par thème</source>
        <translation>Grouped by theme</translation>
    </message>
    <message>
        <source>Lettre (8,5 × 11 po)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>https://exemple.org/mon-forum</source>
        <translation>https://example.org/my-forum</translation>
    </message>
    <message>
        <source>Où le site des notes sera publié : les codes QR des actes et des fiches y mènent.</source>
        <translation>Where the notes site will be published: the QR codes in the proceedings and on the forms lead there.</translation>
    </message>
    <message>
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Adresse du site</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Livre des actes (PDF)…</source>
        <translation>Book of proceedings (PDF)…</translation>
    </message>
    <message>
        <source>Site des notes (dossier)…</source>
        <translation>Notes site (folder)…</translation>
    </message>
    <message>
        <source>Agenda en affiche (PDF)…</source>
        <translation>Agenda poster (PDF)…</translation>
    </message>
    <message>
        <source>Affiches des salles (PDF)…</source>
        <translation>Room posters (PDF)…</translation>
    </message>
    <message>
        <source>Fiches de récolte (PDF)…</source>
        <translation>Harvest forms (PDF)…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>%1 / %2 comptes rendus prêts</source>
        <translation>%1 / %2 reports ready</translation>
    </message>
    <message>
        <source>⚠ %1 comptes rendus manquent encore (à recevoir ou en saisie) : les actes l&apos;indiqueront pour ces ateliers.</source>
        <translation>⚠ %1 reports are still missing (to receive or being typed): the proceedings will say so for those sessions.</translation>
    </message>
    <message>
        <source>Dossier du site des notes</source>
        <translation>Notes site folder</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Écrit : %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>PageAgenda</name>
    <message>
        <source>Journées du forum</source>
        <translation>Forum days</translation>
    </message>
    <message>
        <source>Mur de l&apos;agenda</source>
        <translation>Agenda wall</translation>
    </message>
    <message>
        <source>Glissez un sujet dans une case, ou choisissez-le puis appuyez sur Entrée sur une case libre.</source>
        <translation>Drag a topic into a cell, or choose it and press Enter on a free cell.</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sujet à placer</source>
        <translation>Topic to place</translation>
    </message>
    <message>
        <source>Sujets à placer</source>
        <translation>Topics to place</translation>
    </message>
    <message>
        <source>Chercher un sujet à placer…</source>
        <translation>Search a topic to place…</translation>
    </message>
    <message>
        <source>Chercher dans les sujets à placer</source>
        <translation>Search the topics to place</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>État du geste en cours</source>
        <translation>State of the current gesture</translation>
    </message>
    <message>
        <source>Gestes du mur</source>
        <translation>Wall gestures</translation>
    </message>
    <message>
        <source>À placer (%1)</source>
        <translation>To place (%1)</translation>
    </message>
    <message>
        <source>Conflits (%1, dont %2 bloquants)</source>
        <translation>Conflicts (%1, %2 blocking)</translation>
    </message>
    <message>
        <source>Aucun conflit</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <source>⛔ Bloquant</source>
        <translation>⛔ Blocking</translation>
    </message>
    <message>
        <source>⚠ Attention</source>
        <translation>⚠ Warning</translation>
    </message>
</context>
<context>
    <name>PageConvergence</name>
    <message>
        <source>Parties de la convergence</source>
        <translation>Parts of convergence</translation>
    </message>
    <message>
        <source>Priorités</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Plans d&apos;action</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Qui est venu</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>Qui a rencontré qui</source>
        <translation>Who met whom</translation>
    </message>
    <message>
        <source>Voix absentes</source>
        <translation>Missing voices</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <source>Type d&apos;acteur</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <source>Niveau d&apos;action</source>
        <translation>Action level</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Personnes par {}</source>
        <translation>People by {}</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Voir en tableaux</source>
        <translation>Show as tables</translation>
    </message>
    <message>
        <source>Toutes les personnes inscrites, selon la lentille du texte fondateur.</source>
        <translation>Everyone registered, through the lens of the founding text.</translation>
    </message>
    <message>
        <source>Réseau des rencontres</source>
        <translation>Network of encounters</translation>
    </message>
    <message>
        <source>par type d&apos;acteur</source>
        <translation>by actor type</translation>
    </message>
    <message>
        <source>par organisation</source>
        <translation>by organization</translation>
    </message>
    <message>
        <source>Regrouper :</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>personne(s)</source>
        <translation>person(s)</translation>
    </message>
    <message>
        <source>Taille d&apos;un disque : nombre de personnes. Épaisseur d&apos;un lien : nombre d&apos;ateliers où les deux groupes étaient présents ensemble. {} groupes, {} liens.</source>
        <translation>Size of a disc: number of people. Thickness of a link: number of sessions where both groups were present together. {} groups, {} links.</translation>
    </message>
    <message>
        <source>Seuls les {} liens les plus forts sont dessinés.</source>
        <translation>Only the {} strongest links are drawn.</translation>
    </message>
    <message>
        <source>Seuls les plus grands sont nommés : survolez un disque.</source>
        <translation>Only the largest are labelled: hover over a disc.</translation>
    </message>
    <message>
        <source>Synthèse des voix absentes</source>
        <translation>Summary of missing voices</translation>
    </message>
    <message>
        <source>Aucune présence notée</source>
        <translation>No attendance noted</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Types d&apos;acteurs absents</source>
        <translation>Missing actor types</translation>
    </message>
    <message>
        <source>Niveaux absents</source>
        <translation>Missing levels</translation>
    </message>
    <message>
        <source>Régions absentes</source>
        <translation>Missing regions</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Voix absentes par atelier</source>
        <translation>Missing voices by session</translation>
    </message>
    <message>
        <source>Voix absentes par thème</source>
        <translation>Missing voices by theme</translation>
    </message>
    <message>
        <source>par atelier</source>
        <translation>by session</translation>
    </message>
    <message>
        <source>par thème</source>
        <translation>by theme</translation>
    </message>
    <message>
        <source>Voix absentes par atelier ou par thème</source>
        <translation>Missing voices by session or by theme</translation>
    </message>
    <message>
        <source>Voir les absences</source>
        <translation>Show absences</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aucune présence notée pour l&apos;instant&lt;/b&gt; : les voix absentes apparaîtront avec les récoltes (présents, porteurs, scribe).</source>
        <translation>&lt;b&gt;No attendance noted yet&lt;/b&gt;: missing voices will appear with the harvests (people present, conveners, note-taker).</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Types d&apos;acteurs</source>
        <translation>Actor types</translation>
    </message>
    <message>
        <source>Niveaux d&apos;action</source>
        <translation>Action levels</translation>
    </message>
    <message>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Jamais présents</source>
        <translation>Never present</translation>
    </message>
    <message>
        <source>Absents de plus de la moitié des ateliers (nombre d&apos;ateliers)</source>
        <translation>Missing from more than half of the sessions (number of sessions)</translation>
    </message>
    <message>
        <source>Sur l&apos;ensemble du forum : {} ateliers où des présences sont notées</source>
        <translation>Across the whole forum: {} sessions with attendance noted</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not specified)</translation>
    </message>
</context>
<context>
    <name>PageMarche</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Porteurs</source>
        <translation>Conveners</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Intérêt</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Sur le mur</source>
        <translation>On the wall</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sujets proposés</source>
        <translation>Topics proposed</translation>
    </message>
    <message>
        <source>Chercher un sujet, un porteur, un thème…</source>
        <translation>Search a topic, a convener, a theme…</translation>
    </message>
    <message>
        <source>Chercher dans les sujets</source>
        <translation>Search the topics</translation>
    </message>
    <message>
        <source>Montrer</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Tous les sujets</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>À placer</source>
        <translation>To place</translation>
    </message>
    <message>
        <source>Placés</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Fusionnés</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Fusionner les sujets choisis</source>
        <translation>Merge the selected topics</translation>
    </message>
    <message>
        <source>Défusionner</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Place du marché</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>%1 sujets proposés, %2 placés sur le mur, %3 à placer.</source>
        <translation>%1 topics proposed, %2 placed on the wall, %3 to place.</translation>
    </message>
    <message>
        <source>Fusionné dans le n° %1</source>
        <translation>Merged into no. %1</translation>
    </message>
    <message>
        <source>Placé</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Réunit les n° %1</source>
        <translation>Combines nos. %1</translation>
    </message>
    <message>
        <source>⚠ Même titre que le n° %1</source>
        <translation>⚠ Same title as no. %1</translation>
    </message>
    <message>
        <source>Choisissez au moins deux sujets à fusionner (Ctrl+clic dans la liste).</source>
        <translation>Choose at least two topics to merge (Ctrl+click in the list).</translation>
    </message>
    <message>
        <source>Renommer le sujet</source>
        <translation>Rename the topic</translation>
    </message>
    <message>
        <source>Titre du n° %1 :</source>
        <translation>Title of no. %1:</translation>
    </message>
</context>
<context>
    <name>PageParticipants</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Nommé·e</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Accepte d&apos;être nommé·e dans les actes et le site</source>
        <translation>Agrees to be named in the proceedings and on the site</translation>
    </message>
    <message>
        <source>N&apos;a pas accepté d&apos;être nommé·e dans les actes et le site</source>
        <translation>Has not agreed to be named in the proceedings and on the site</translation>
    </message>
    <message>
        <source>Partage des coord.</source>
        <translation>Shares contact</translation>
    </message>
    <message>
        <source>Accepte de partager ses coordonnées avec les autres participants</source>
        <translation>Agrees to share contact details with the other participants</translation>
    </message>
    <message>
        <source>N&apos;a pas accepté de partager ses coordonnées</source>
        <translation>Has not agreed to share contact details</translation>
    </message>
    <message>
        <source>Type d&apos;acteur</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <source>Niveau d&apos;action</source>
        <translation>Action level</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Chercher un nom, une organisation, un territoire…</source>
        <translation>Search a name, an organization, a territory…</translation>
    </message>
    <message>
        <source>Chercher dans les participants</source>
        <translation>Search the participants</translation>
    </message>
    <message>
        <source>Nombre de participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Ajouter un participant (Ctrl+N)</source>
        <translation>Add a participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 participants, dont %2 acceptent d&apos;être nommé·e·s</source>
        <translation>%1 participants, %2 of whom agree to be named</translation>
    </message>
    <message>
        <source> ; %1 affichés</source>
        <translation>; %1 shown</translation>
    </message>
    <message>
        <source>Nouveau participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Supprimer « %1 » ? Cette personne est liée à %2 atelier(s) (%3) : elle sera retirée des porteurs, des présences et des scribes. « Annuler » (Ctrl+Z) la remet avec tous ses liens.</source>
        <translation>Delete “%1”? This person is linked to %2 session(s) (%3): they will be removed from the conveners, attendance and note-takers. “Undo” (Ctrl+Z) brings them back with all their links.</translation>
    </message>
    <message>
        <source>Supprimer un participant</source>
        <translation>Delete a participant</translation>
    </message>
</context>
<context>
    <name>PagePreparation</name>
    <message>
        <source>Non fixée</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>https://exemple.org/mon-forum</source>
        <translation>https://example.org/my-forum</translation>
    </message>
    <message>
        <source>Lettre (8,5 × 11 po)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Question d&apos;appel</source>
        <translation>Calling question</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Premier jour</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Dernier jour</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Langue des actes</source>
        <translation>Language of the proceedings</translation>
    </message>
    <message>
        <source>Adresse de publication</source>
        <translation>Publication address</translation>
    </message>
    <message>
        <source>Format du papier</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Le forum</source>
        <translation>The forum</translation>
    </message>
    <message>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Journées et créneaux</source>
        <translation>Days and time slots</translation>
    </message>
    <message>
        <source>Préparation</source>
        <translation>Preparation</translation>
    </message>
</context>
<context>
    <name>PageRecolte</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ateliers et comptes rendus</source>
        <translation>Sessions and reports</translation>
    </message>
    <message>
        <source>Chercher un atelier…</source>
        <translation>Search a session…</translation>
    </message>
    <message>
        <source>Chercher un atelier</source>
        <translation>Search a session</translation>
    </message>
    <message>
        <source>Récolte</source>
        <translation>Harvest</translation>
    </message>
</context>
<context>
    <name>PageSalleDePresse</name>
    <message>
        <source>Ateliers et état de leur compte rendu</source>
        <translation>Sessions and the status of their report</translation>
    </message>
    <message>
        <source>Ouvrir le compte rendu</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Comptes rendus prêts</source>
        <translation>Reports ready</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Comptes rendus par état</source>
        <translation>Reports by status</translation>
    </message>
    <message>
        <source>Chercher un atelier, une salle, un scribe…</source>
        <translation>Search a session, a room, a note-taker…</translation>
    </message>
    <message>
        <source>Chercher dans les comptes rendus</source>
        <translation>Search the reports</translation>
    </message>
    <message>
        <source>&amp;Manquants seulement</source>
        <translation>&amp;Missing only</translation>
    </message>
    <message>
        <source>Les comptes rendus à recevoir ou en saisie</source>
        <translation>Reports to receive or being typed</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Compte rendu manquant suivant</source>
        <translation>Next missing report</translation>
    </message>
    <message>
        <source>Choisir le prochain atelier de l&apos;agenda sans compte rendu (%1)</source>
        <translation>Choose the next session on the agenda without a report (%1)</translation>
    </message>
    <message>
        <source>&amp;Créneau :</source>
        <translation>&amp;Time slot:</translation>
    </message>
    <message>
        <source>S&amp;alle :</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <source>Salle de presse</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Tous les créneaux</source>
        <translation>All time slots</translation>
    </message>
    <message>
        <source>Toutes les salles</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>Aucun atelier sur le mur</source>
        <translation>No sessions on the wall</translation>
    </message>
    <message>
        <source>%1 / %2 compte rendu prêt</source>
        <translation>%1 / %2 report ready</translation>
    </message>
    <message>
        <source>%1 / %2 comptes rendus prêts</source>
        <translation>%1 / %2 reports ready</translation>
    </message>
    <message>
        <source>%1 ateliers</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 ateliers affichés sur %2</source>
        <translation>%1 sessions shown out of %2</translation>
    </message>
    <message>
        <source>Aucun compte rendu ne manque parmi les ateliers affichés.</source>
        <translation>No report is missing among the sessions shown.</translation>
    </message>
</context>
<context>
    <name>PanneauHistorique</name>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Versions enregistrées</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <source>Aperçu de la version choisie</source>
        <translation>Preview of the selected version</translation>
    </message>
    <message>
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Chaque enregistrement automatique est gardé. Restaurer une version en fait la plus récente ; l&apos;état actuel reste dans la liste.</source>
        <translation>Every automatic save is kept. Restoring a version makes it the most recent one; the current state stays in the list.</translation>
    </message>
</context>
<context>
    <name>SaisieSujet</name>
    <message>
        <source>Nouveau sujet</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>Le titre, tel qu&apos;annoncé au micro</source>
        <translation>The title, as announced at the microphone</translation>
    </message>
    <message>
        <source>Nom, Nom… (un nom inconnu crée la personne)</source>
        <translation>Name, Name… (an unknown name creates the person)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Combien de personnes ont levé la main (facultatif)</source>
        <translation>How many people raised their hand (optional)</translation>
    </message>
    <message>
        <source>projecteur, accessible…</source>
        <translation>projector, accessible…</translation>
    </message>
    <message>
        <source>Ajouter (Entrée)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Message de la saisie</source>
        <translation>Entry message</translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Porteurs</source>
        <translation>&amp;Conveners</translation>
    </message>
    <message>
        <source>&amp;Intérêt</source>
        <translation>&amp;Interest</translation>
    </message>
    <message>
        <source>&amp;Besoins</source>
        <translation>&amp;Needs</translation>
    </message>
    <message>
        <source>Intérêt estimé</source>
        <translation>Estimated interest</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Écrivez d&apos;abord le titre du sujet.</source>
        <translation>First write the title of the topic.</translation>
    </message>
    <message>
        <source>N° %1 « %2 » ajouté. Au suivant !</source>
        <translation>No. %1 “%2” added. Next!</translation>
    </message>
</context>
<context>
    <name>TableEtapes</name>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>+ Ajouter une étape</source>
        <translation>+ Add a step</translation>
    </message>
    <message>
        <source>Retirer l&apos;étape</source>
        <translation>Remove the step</translation>
    </message>
</context>
<context>
    <name>Travail</name>
    <message>
        <source>Erreur inattendue : %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>VueReseau</name>
    <message>
        <source>{nom}
{taille} {unite} · des ateliers partagés avec {liens} groupe(s)</source>
        <translation>{nom}
{taille} {unite} · sessions shared with {liens} group(s)</translation>
    </message>
    <message>
        <source>%1 nœuds, %2 liens. </source>
        <translation>%1 nodes, %2 links. </translation>
    </message>
</context>
<context>
    <name>ZoneSaisie</name>
    <message>
        <source>Scribe</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Qui prend les notes ? (un nom inconnu crée la personne)</source>
        <translation>Who takes the notes? (an unknown name creates the person)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nombre de personnes présentes</source>
        <translation>Number of people present</translation>
    </message>
    <message>
        <source>Le nombre de personnes, même si leurs noms manquent.</source>
        <translation>The number of people, even if their names are missing.</translation>
    </message>
    <message>
        <source>Mots-clés et thèmes</source>
        <translation>Keywords and themes</translation>
    </message>
    <message>
        <source>financement, coordination… (séparés par des virgules)</source>
        <translation>funding, coordination… (separated by commas)</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est dit d&apos;important. Une idée par paragraphe, ou une liste : commencez les lignes par « - ».</source>
        <translation>What important things were said. One idea per paragraph, or a list: start lines with “- ”.</translation>
    </message>
    <message>
        <source>Ce que le groupe propose ou recommande, une par ligne « - ».</source>
        <translation>What the group proposes or recommends, one per line “- ”.</translation>
    </message>
    <message>
        <source>Documents, sites, personnes-ressources : [titre](https://adresse)…</source>
        <translation>Documents, sites, resource people: [title](https://address)…</translation>
    </message>
    <message>
        <source>Ce qui reste sans réponse, à reprendre plus tard.</source>
        <translation>What remains unanswered, to take up later.</translation>
    </message>
    <message>
        <source>« Une phrase marquante », avec l&apos;accord de qui l&apos;a dite.</source>
        <translation>“A striking sentence”, with the agreement of whoever said it.</translation>
    </message>
    <message>
        <source>&amp;Scribe</source>
        <translation>&amp;Note-taker</translation>
    </message>
    <message>
        <source>&amp;Nombre de personnes</source>
        <translation>&amp;Number of people</translation>
    </message>
    <message>
        <source>Écrivez en Markdown : **gras** (Ctrl+B), *italique* (Ctrl+I), « - » en début de ligne pour une liste, « 1. » pour une liste numérotée, [texte](https://lien). Tout s&apos;enregistre tout seul.</source>
        <translation>Write in Markdown: **bold** (Ctrl+B), *italic* (Ctrl+I), “- ” at the start of a line for a list, “1. ” for a numbered list, [text](https://link). Everything saves itself.</translation>
    </message>
</context>
<context>
    <name>commandes.creneaux</name>
    <message>
        <source>Changer le jour de « %1 »</source>
        <translation>Change the day of “%1”</translation>
    </message>
    <message>
        <source>Déplacer « %1 »</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Changer l&apos;heure de fin de « %1 »</source>
        <translation>Change the end time of “%1”</translation>
    </message>
    <message>
        <source>Changer la nature de « %1 »</source>
        <translation>Change the kind of “%1”</translation>
    </message>
    <message>
        <source>Renommer le créneau « %1 »</source>
        <translation>Rename time slot “%1”</translation>
    </message>
    <message>
        <source>Modifier le créneau « %1 »</source>
        <translation>Edit time slot “%1”</translation>
    </message>
    <message>
        <source>Ajouter le créneau « %1 »</source>
        <translation>Add time slot “%1”</translation>
    </message>
    <message>
        <source>Supprimer le créneau « %1 »</source>
        <translation>Delete time slot “%1”</translation>
    </message>
    <message>
        <source>Générer la journée du %1</source>
        <translation>Generate the day of %1</translation>
    </message>
</context>
<context>
    <name>commandes.participants</name>
    <message>
        <source>Renommer « %1 »</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>Changer l&apos;organisation de « %1 »</source>
        <translation>Change the organization of “%1”</translation>
    </message>
    <message>
        <source>Changer le courriel de « %1 »</source>
        <translation>Change the email of “%1”</translation>
    </message>
    <message>
        <source>Changer le téléphone de « %1 »</source>
        <translation>Change the phone number of “%1”</translation>
    </message>
    <message>
        <source>Changer le type d&apos;acteur de « %1 »</source>
        <translation>Change the actor type of “%1”</translation>
    </message>
    <message>
        <source>Changer le niveau d&apos;action de « %1 »</source>
        <translation>Change the action level of “%1”</translation>
    </message>
    <message>
        <source>Changer le territoire de « %1 »</source>
        <translation>Change the territory of “%1”</translation>
    </message>
    <message>
        <source>Changer un consentement de « %1 »</source>
        <translation>Change a consent of “%1”</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Ajouter le participant « %1 »</source>
        <translation>Add participant “%1”</translation>
    </message>
    <message>
        <source>Supprimer le participant « %1 »</source>
        <translation>Delete participant “%1”</translation>
    </message>
</context>
<context>
    <name>commandes.salles</name>
    <message>
        <source>Renommer la salle « %1 »</source>
        <translation>Rename room “%1”</translation>
    </message>
    <message>
        <source>Changer le nombre de places de « %1 »</source>
        <translation>Change the number of seats of “%1”</translation>
    </message>
    <message>
        <source>Changer l&apos;équipement de « %1 »</source>
        <translation>Change the equipment of “%1”</translation>
    </message>
    <message>
        <source>Changer l&apos;accessibilité de « %1 »</source>
        <translation>Change the accessibility of “%1”</translation>
    </message>
    <message>
        <source>Modifier la salle « %1 »</source>
        <translation>Edit room “%1”</translation>
    </message>
    <message>
        <source>Ajouter la salle « %1 »</source>
        <translation>Add room “%1”</translation>
    </message>
    <message>
        <source>Supprimer la salle « %1 »</source>
        <translation>Delete room “%1”</translation>
    </message>
    <message>
        <source>Réordonner les salles</source>
        <translation>Reorder rooms</translation>
    </message>
</context>
<context>
    <name>libelles</name>
    <message>
        <source>À recevoir</source>
        <translation>To receive</translation>
    </message>
    <message>
        <source>En saisie</source>
        <translation>Being typed</translation>
    </message>
    <message>
        <source>À relire</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Repas</source>
        <translation>Meal</translation>
    </message>
</context>
<context>
    <name>preparation</name>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Créneaux</source>
        <translation>Time slots</translation>
    </message>
    <message>
        <source>Ajouter un créneau</source>
        <translation>Add a time slot</translation>
    </message>
    <message>
        <source>Générer une journée type…</source>
        <translation>Generate a typical day…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ce créneau finirait après minuit : choisissez une heure plus tôt.</source>
        <translation>This time slot would end after midnight: choose an earlier time.</translation>
    </message>
    <message>
        <source>La journée du %1 est remplie jusqu&apos;à minuit.</source>
        <translation>The day of %1 is full until midnight.</translation>
    </message>
    <message>
        <source>Supprimer le créneau « %1 » du %2 ?</source>
        <translation>Delete time slot “%1” on %2?</translation>
    </message>
    <message>
        <source>Supprimer un créneau</source>
        <translation>Delete a time slot</translation>
    </message>
    <message>
        <source>1 atelier placé sur le mur en sera retiré ; le sujet est conservé.</source>
        <translation>1 session placed on the wall will be removed from it; the topic is kept.</translation>
    </message>
    <message>
        <source>%1 ateliers placés sur le mur en seront retirés ; les sujets sont conservés.</source>
        <translation>%1 sessions placed on the wall will be removed from it; the topics are kept.</translation>
    </message>
    <message>
        <source>Message de validation</source>
        <translation>Validation message</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Équipement</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Nom de la nouvelle salle</source>
        <translation>Name of the new room</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Le nombre de places est un nombre entier, 0 ou plus (laissez vide s&apos;il est inconnu).</source>
        <translation>The number of seats is a whole number, 0 or more (leave empty if unknown).</translation>
    </message>
    <message>
        <source>Supprimer la salle « %1 » ?</source>
        <translation>Delete room “%1”?</translation>
    </message>
    <message>
        <source>Supprimer une salle</source>
        <translation>Delete a room</translation>
    </message>
</context>
</TS>
