"""Le domaine : entités SQLAlchemy, ouverture du fichier de forum, règles pures. Sans Qt."""
