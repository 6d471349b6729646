from django.db import models


class Topic(models.TextChoices):
    """What a message is about, so comms can pass it to the right person."""

    GENERAL = "general", "A general question"
    MEMBERSHIP = "membership", "Joining the network or membership"
    FUNDING = "funding", "Policy lab funding"
    CONTENT = "content", "A case study, toolkit or lab on the hub"
    ACCOUNT = "account", "Signing in or a member's account"
    MEDIA = "media", "Press and media"
