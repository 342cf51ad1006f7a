"""Round trips of every non-campaign endpoint over real HTTP, and their validation errors."""

from __future__ import annotations

from sandbox_helpers import ApiCall, issues_of

from monsms_sandbox.control import SandboxControl


def test_user_details_and_credit(api: ApiCall, api_key: str) -> None:
    details = api("/user/details", api_key)["data"]
    assert details["availableCredit"] == 10_000
    assert details["country"] == "CI"
    expected = {"id", "fullName", "emailAddress", "phoneNumber", "isVerified", "blocked", "createdAt"}
    assert expected <= set(details)
    assert api("/user/credit", api_key)["data"] == 10_000


def test_sender_lifecycle(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    created = api("/sender/create", api_key, name="MYSHOP", description="Ma boutique")["data"]
    assert created["status"] == "PENDING" and created["archived"] is False
    assert api(f"/sender/{created['id']}", api_key, id=created["id"])["data"]["name"] == "MYSHOP"
    sandbox.set_sender_status(api_key, "MYSHOP", "ACCEPTED")
    listed = api("/sender/list", api_key, orderBy="name", sort="asc")["data"]
    assert [(s["name"], s["status"]) for s in listed] == [("MYSHOP", "ACCEPTED")]
    archived = api(f"/sender/{created['id']}/update", api_key, id=created["id"], archived=True)["data"]
    assert archived["archived"] is True
    # The public API cannot approve its own sender.
    api(f"/sender/{created['id']}/update", api_key, id=created["id"], status="PENDING")
    assert api(f"/sender/{created['id']}", api_key)["data"]["status"] == "ACCEPTED"


def test_sender_validation(api: ApiCall, api_key: str) -> None:
    assert issues_of(api("/sender/create", api_key, name="AB", description="x")) == {
        "name": "String must contain at least 3 character(s)"
    }
    assert "name" in issues_of(api("/sender/create", api_key, name="TWELVECHARSX", description="x"))
    assert issues_of(api("/sender/create", api_key, name="SHOP")) == {"description": "Required"}
    api("/sender/create", api_key, name="SHOP", description="x")


def test_a_duplicate_sender_name_is_refused_after_validation(api: ApiCall, api_key: str) -> None:
    # The vendor's schema checks only the length: a taken name is a plain refusal, not a zod issue.
    api("/sender/create", api_key, name="SHOP", description="x")
    answer = api("/sender/create", api_key, name=" shop ", description="again")
    assert answer["success"] is False and not answer.get("isZodError")
    assert answer["error"] == "A sender with this name already exists"
    assert [s["name"] for s in api("/sender/list", api_key)["data"]] == ["SHOP"]
    assert issues_of(api("/sender/create", api_key, name="SH", description="x")) == {
        "name": "String must contain at least 3 character(s)"
    }  # validation still comes first


def test_sender_list_validation(api: ApiCall, api_key: str) -> None:
    assert issues_of(api("/sender/list", api_key, orderBy="status")).keys() == {"orderBy"}
    assert api("/sender/nope", api_key)["error"] == "Not found"


def test_contacts_round_trip(api: ApiCall, api_key: str) -> None:
    people = [
        {"phone": "2250707000001", "firstName": "Aya", "lastName": "Koné", "sex": "F", "quartier": "Cocody"},
        {"phone": "2250505000002", "name": "Kouadio Yao", "sex": "M"},
        {"phone": "2250101000003"},
    ]
    created = api("/contact/create", api_key, contacts=people)["data"]
    assert [c["phone"] for c in created] == [p["phone"] for p in people]
    assert created[0]["quartier"] == "Cocody"  # extra keys pass through
    assert created[0]["firstName"] == "Aya" and created[1]["name"] == "Kouadio Yao"
    one = api(f"/contact/{created[1]['id']}", api_key, id=created[1]["id"])["data"]
    assert one["sex"] == "M"
    updated = api(f"/contact/{one['id']}/update", api_key, id=one["id"], firstName="Kouadio", sex="F")["data"]
    assert updated["firstName"] == "Kouadio" and updated["sex"] == "F" and updated["name"] == "Kouadio Yao"
    by_phone = api("/contact/list", api_key, orderBy="phone", sort="asc")["data"]
    assert [c["phone"] for c in by_phone] == sorted(p["phone"] for p in people)
    deleted = api("/contact/delete", api_key, contactIds=[created[0]["id"], "unknown-id"])["data"]
    assert deleted == {"count": 1}
    assert len(api("/contact/list", api_key)["data"]) == 2
    assert api(f"/contact/{created[0]['id']}", api_key)["error"] == "Not found"


def test_contact_duplicates_are_new_contacts(api: ApiCall, api_key: str) -> None:
    api("/contact/create", api_key, contacts=[{"phone": "2250707000001"}])
    again = api("/contact/create", api_key, contacts=[{"phone": "2250707000001"}])
    assert again["success"] is True
    assert len(api("/contact/list", api_key)["data"]) == 2


def test_contact_validation(api: ApiCall, api_key: str) -> None:
    bad = [
        {"phone": "+2250707000001"},
        {"phone": 2250707000001},
        {"name": "x"},
        {"phone": "2250707000001", "sex": "X"},
    ]
    answer = api("/contact/create", api_key, contacts=bad)
    issues = issues_of(answer)
    assert set(issues) == {"contacts.0.phone", "contacts.1.phone", "contacts.2.phone", "contacts.3.sex"}
    assert issues["contacts.1.phone"] == "Expected string, received number"
    assert issues["contacts.2.phone"] == "Required"
    assert api("/contact/list", api_key)["data"] == []  # nothing stored when one item is invalid


def test_list_paging_sorting_and_params(api: ApiCall, api_key: str) -> None:
    api("/contact/create", api_key, contacts=[{"phone": f"22507070000{i:02d}"} for i in range(23)])
    first = api("/contact/list", api_key)["data"]
    assert len(first) == 10  # default page size
    pages = [api("/contact/list", api_key, count=5, page=page, sort="asc")["data"] for page in range(1, 6)]
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    phones = [c["phone"] for p in pages for c in p]
    assert phones == [f"22507070000{i:02d}" for i in range(23)]  # created order, ascending
    assert api("/contact/list", api_key, count=5, page=9)["data"] == []
    assert len(api("/contact/list", api_key, count=5000)["data"]) == 23  # capped, not refused
    issues = issues_of(api("/contact/list", api_key, count=4, page=0, sort="up", orderBy="email"))
    assert set(issues) == {"count", "page", "sort", "orderBy"}
    as_text = issues_of(api("/contact/list", api_key, count="10"))
    assert as_text == {"count": "Expected number, received string"}


def test_groups_with_objects_and_ids(api: ApiCall, api_key: str) -> None:
    two = [{"phone": "2250707000001"}, {"phone": "2250707000002"}]
    existing = api("/contact/create", api_key, contacts=two)
    ids = [c["id"] for c in existing["data"]]
    mixed = [ids[0], {"phone": "2250505000003"}]
    group = api("/group/create", api_key, name="Clients", contacts=mixed)["data"]
    assert group["_count"] == {"contacts": 2}
    assert len(api("/contact/list", api_key)["data"]) == 3  # the object became a contact
    listed = api("/group/list", api_key, orderBy="name")["data"]
    assert [(g["name"], g["_count"]["contacts"]) for g in listed] == [("Clients", 2)]
    replaced = api(f"/group/{group['id']}/update", api_key, id=group["id"], name="VIP", contacts=ids)["data"]
    assert replaced["name"] == "VIP"
    assert sorted(c["id"] for c in replaced["contacts"]) == sorted(ids)
    renamed = api(f"/group/{group['id']}/update", api_key, id=group["id"], description="Top")["data"]
    assert renamed["_count"]["contacts"] == 2 and renamed["description"] == "Top"
    details = api(f"/group/{group['id']}", api_key, id=group["id"])["data"]
    assert {c["phone"] for c in details["contacts"]} == {"2250707000001", "2250707000002"}
    api("/contact/delete", api_key, contactIds=[ids[0]])
    assert api(f"/group/{group['id']}", api_key)["data"]["_count"]["contacts"] == 1
    assert api(f"/group/{group['id']}/delete", api_key, id=group["id"])["success"] is True
    assert api("/group/list", api_key)["data"] == []
    assert len(api("/contact/list", api_key)["data"]) == 2  # deleting a group keeps its contacts


def test_group_errors(api: ApiCall, api_key: str) -> None:
    assert api("/group/create", api_key, name="G", contacts=["no-such-id"])["error"] == "Not found"
    assert issues_of(api("/group/create", api_key, contacts=[])) == {"name": "Required"}
    assert "contacts.0" in issues_of(api("/group/create", api_key, name="G", contacts=[42]))
    assert api("/group/list", api_key)["data"] == []


def test_templates(api: ApiCall, api_key: str) -> None:
    first = api("/template/create", api_key, text="Bonjour {prenom}, votre commande est prête.")["data"]
    api("/template/create", api_key, text="Promo du jour")
    listed = api("/template/list", api_key)["data"]
    assert [t["text"] for t in listed] == ["Promo du jour", "Bonjour {prenom}, votre commande est prête."]
    assert api("/template/delete", api_key, id=first["id"])["success"] is True
    assert [t["text"] for t in api("/template/list", api_key)["data"]] == ["Promo du jour"]
    assert api("/template/delete", api_key, id=first["id"])["error"] == "Not found"
    assert issues_of(api("/template/create", api_key, text="  ")).keys() == {"text"}


def test_recharge_makes_a_transaction(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    assert sandbox.recharge(api_key, 5_000, "WAVE_CI") == 15_000
    (transaction,) = api("/transaction/list", api_key)["data"]
    assert transaction["type"] == "RECHARGED" and transaction["status"] == "CHARGED"
    assert transaction["credit"] == 5_000 and transaction["price"] == 100_000  # FER pack rate
    assert transaction["paymentMethod"] == "WAVE_CI"
    assert api("/user/credit", api_key)["data"] == 15_000


def test_accounts_are_separated(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    other = sandbox.create_account(credit=50)
    contact = api("/contact/create", api_key, contacts=[{"phone": "2250707000001"}])["data"][0]
    group = api("/group/create", api_key, name="Mine", contacts=[contact["id"]])["data"]
    assert api("/contact/list", other)["data"] == []
    assert api(f"/contact/{contact['id']}", other)["error"] == "Not found"
    assert api(f"/group/{group['id']}", other)["error"] == "Not found"
    assert api("/group/create", other, name="Theirs", contacts=[contact["id"]])["error"] == "Not found"
    assert api("/contact/delete", other, contactIds=[contact["id"]])["data"] == {"count": 0}
    assert api("/user/credit", other)["data"] == 50
