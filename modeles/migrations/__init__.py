"""Migrations Alembic du fichier de forum, livrées dans le paquet.

REVISION_TETE lets the opening code see that a file is current without importing Alembic
(a third of a second at start-up); a test checks that it names the chain's head.
"""

REVISION_TETE = "0004"
