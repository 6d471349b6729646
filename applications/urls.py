from django.urls import path

from . import views

app_name = "apply"

urlpatterns = [
    path("", views.round_list, name="rounds"),
    path("<slug:slug>/", views.apply, name="apply"),
    path("<slug:slug>/submitted/", views.submitted, name="submitted"),
]
