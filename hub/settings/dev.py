from .base import *  # noqa: F403
from .base import env

DEBUG = True
# A fixed key is fine on a developer's machine only; production refuses to start without one.
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-ccin-hub")
ALLOWED_HOSTS = ["*"]
