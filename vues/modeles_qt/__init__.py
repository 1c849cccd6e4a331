"""Modèles d'items Qt : ils reçoivent des instantanés de app.lectures, ne lisent jamais la base."""
