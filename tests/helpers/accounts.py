"""The password of the member the tests sign in as (the `member_user` fixture), for the tests
that sign in through the form rather than with `force_login`."""

MEMBER_PASSWORD = "a-long-members-password-1"
