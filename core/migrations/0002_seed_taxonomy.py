"""Seeds the taxonomy: the ten CCIN principles, the UK's nations and English regions, and themes."""

from django.db import migrations
from django.utils.text import slugify

PRINCIPLES = [
    (1, "Social partnership",
     "Councils, citizens, communities and enterprises share responsibility for wellbeing and "
     "work together for mutual benefit."),
    (2, "Democratic engagement",
     "Residents of every background take an active part in decisions and in setting priorities."),
    (3, "Co-production",
     "Citizens are equal partners in designing and commissioning services and in deciding how "
     "public resources are used."),
    (4, "Enterprise and social economy",
     "Economic development rooted in communities: jobs, social enterprises, and room for "
     "co-operatives and mutuals to thrive."),
    (5, "Maximising social value",
     "A shared way of defining and measuring social value, so councils secure better social and "
     "economic outcomes locally."),
    (6, "Community leadership and a new role for councillors",
     "Councils as a platform for communities, and councillors as connectors, brokers and leaders."),
    (7, "New models of meeting priority needs",
     "Models such as co-operatives and mutuals that give staff and service users a real voice."),
    (8, "Innovation",
     "New ways of working with communities that bring about positive change."),
    (9, "Learning",
     "Capturing what individual projects teach so co-operative approaches spread across councils "
     "and the network."),
    (10, "Walking the talk",
     "The network lives its own principles: members co-operate, membership is open, the work "
     "programme is co-produced, action-focused, member-funded and non-party-political."),
]

NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"]
ENGLISH_REGIONS = [
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
]

THEMES = [
    ("Community wealth building", "Keeping wealth in the local economy through anchor institutions, procurement and ownership."),
    ("Health and social care", "Care, wellbeing and public health designed with the people who use them."),
    ("Housing", "Homes, tenants and renters, and community-led housing."),
    ("Neighbourhoods and communities", "Neighbourhood working, community assets and local action."),
    ("Economy and enterprise", "Co-operatives, social enterprises and inclusive local economies."),
    ("Digital", "Digital infrastructure, services and inclusion."),
    ("Energy and climate", "Community energy, climate action and sustainability."),
    ("Children and young people", "Services, schools and opportunities with and for young people."),
    ("Procurement and social value", "Buying well for the community and measuring social value."),
    ("Food", "Food poverty, school food and local food systems."),
    ("Democracy and engagement", "Participation, deliberation and involving residents in decisions."),
    ("Governance", "How councils and partnerships are run, co-operatively and accountably."),
    ("Employment and skills", "Good work, training and routes into employment."),
    ("Culture and leisure", "Arts, culture, sport and leisure run with communities."),
    ("Finance and investment", "Community shares, credit unions and social investment."),
]


def seed(apps, schema_editor):
    Principle = apps.get_model("core", "Principle")
    Region = apps.get_model("core", "Region")
    Theme = apps.get_model("core", "Theme")
    for number, name, description in PRINCIPLES:
        Principle.objects.update_or_create(
            number=number,
            defaults={"name": name, "slug": slugify(name), "description": description},
        )
    for name in NATIONS:
        Region.objects.get_or_create(slug=slugify(name), defaults={"name": name, "kind": "nation"})
    for name in ENGLISH_REGIONS:
        Region.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "kind": "english_region"}
        )
    for name, description in THEMES:
        Theme.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "description": description}
        )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
