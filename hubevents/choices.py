from django.db import models


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"
    HYBRID = "hybrid", "In person and online"


class When(models.TextChoices):
    UPCOMING = "upcoming", "Upcoming"
    PAST = "past", "Past"
