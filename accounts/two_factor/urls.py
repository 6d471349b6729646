from django.urls import path

from . import views

urlpatterns = [
    path("two-factor/", views.OverviewView.as_view(), name="hub_two_factor"),
    path("two-factor/setup/", views.SetupView.as_view(), name="hub_two_factor_setup"),
    path("two-factor/verify/", views.VerifyView.as_view(), name="hub_two_factor_verify"),
    path(
        "two-factor/backup-codes/",
        views.NewBackupCodesView.as_view(),
        name="hub_two_factor_backup_codes",
    ),
    path("two-factor/remove/", views.RemoveView.as_view(), name="hub_two_factor_remove"),
]
