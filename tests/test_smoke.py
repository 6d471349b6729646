from tests import factories


def test_case_study_page_can_be_created_under_its_index(case_study_index, member):
    page = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    assert page.live
    assert page.get_parent().specific == case_study_index
