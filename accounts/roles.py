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
    if user.is_superuser:
        return True
    # Cached on the user: page listings ask once per row.
    if not hasattr(user, "_hub_is_comms"):
        user._hub_is_comms = user.groups.filter(name=COMMS_TEAM).exists()
    return user._hub_is_comms
