"""CONSULT: calls (phone and video: mode phone, CAMEO 041), meetings and talks (040, 046), visits (042/043),
meetings at a third place (044), summits (multilateral).

Only states and their officials consult: a reporter's "told Reuters by phone" has no state recipient and
is dropped because the recipient does not resolve to a country or organisation.
"""
