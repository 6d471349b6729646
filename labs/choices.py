from django.db import models


class LabKind(models.TextChoices):
    POLICY_LAB = "policy_lab", "Policy lab"
    POLICY_PROTOTYPE = "policy_prototype", "Policy prototype"


class LabStatus(models.TextChoices):
    FUNDED = "funded", "Funded"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
