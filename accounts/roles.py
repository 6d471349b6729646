"""The names of the hub's roles. Groups are matched by these names, so keep them stable."""

COMMS_TEAM = "Comms team"
MEMBERS = "Members"
SITE_ADMINISTRATORS = "Site administrators"
LAB_LEADS_PREFIX = "Lab leads: "

COMMS_APPROVAL_WORKFLOW = "Comms approval"
COMMS_APPROVAL_TASK = "Comms team approval"


def is_comms(user):
    """Comms team members and superusers run the hub's editorial admin."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=COMMS_TEAM).exists()
