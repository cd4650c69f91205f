"""COOPERATE: joint economic (061) or military (062) cooperation between states."""
