from django.db import models


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", "Submitted"
    SHORTLISTED = "shortlisted", "Shortlisted"
    FUNDED = "funded", "Funded"
    DECLINED = "declined", "Declined"
