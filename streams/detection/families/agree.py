"""AGREE: intent to meet or talk, invitations, announced visits (CAMEO 036), promises, agreements in principle."""
