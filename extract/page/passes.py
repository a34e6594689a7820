"""The passes over a whole page, in order, after its mentions are resolved.

Each pass may add mentions to a sentence (and then reads its relations again) or add
relations that span sentences.
"""

from __future__ import annotations

from extract.page.award_lists import add_list_awards
from extract.page.committees import add_committee_members
from extract.page.company_unions import complete_company_unions
from extract.page.joint_parties import add_joint_parties
from extract.page.later_people import complete_people
from extract.page.listed_bodies import complete_bodies
from extract.page.listed_brands import add_listed_brands
from extract.page.short_forms import complete_short_forms
from extract.relate.sentence import RelationFinder
from extract.resolve import SentenceRecord


def complete_page(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Run the page passes in order: bodies from lists and declared short forms, brands listed
    beside companies, company unions, later mentions of known people; then the honours given
    across sentences, the hosts 四方共同… refers to, and the members of a standing committee."""
    complete_bodies(records, finder)
    complete_short_forms(records, finder)
    add_listed_brands(records, finder)
    complete_company_unions(records, finder)
    complete_people(records, finder)
    add_list_awards(records)
    add_joint_parties(records)
    add_committee_members(records)
