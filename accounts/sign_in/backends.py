from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    """Members may sign in with their email address as well as their username.

    An address shared by several accounts signs none of them in, so no one lands in the wrong
    account.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            matches = list(get_user_model()._default_manager.filter(email__iexact=username)[:2])
            if len(matches) == 1:
                user = matches[0]
                if user.check_password(password) and self.user_can_authenticate(user):
                    return user
                return None
            if matches:
                # Run the hasher once, as ModelBackend does, so the reply takes as long anyway.
                get_user_model()().set_password(password)
                return None
        return super().authenticate(request, username=username, password=password, **kwargs)
