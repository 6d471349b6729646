from django.conf import settings
from django.core.management.base import BaseCommand

from core.icons import write_icons


class Command(BaseCommand):
    help = "Draw the hub's favicon (SVG) and its PNG icons into static/icons/."

    def handle(self, *args, **options):
        for path in write_icons(settings.BASE_DIR / "static" / "icons"):
            self.stdout.write(f"Wrote {path.relative_to(settings.BASE_DIR)}")
