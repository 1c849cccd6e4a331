"""Le format d'échange JSON : un forum entier, documenté par `ressources/schemas/`."""
