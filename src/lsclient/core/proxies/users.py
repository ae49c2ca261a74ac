"""Users and organization membership: :class:`UsersRepo` (``client.users``), :class:`User`, and
:class:`MembersRepo` (``client.users.members()``) with :class:`Member` / :class:`MemberDetail`.

Label Studio Community groups users in organizations (there are no per-project teams). Two kinds of removal exist:

* ``members.remove(user_id)`` is a *soft* removal from the organization: the membership stays in the member list
  and the user in ``users.list()``, but Label Studio masks the user's names as "Deleted User" (see
  :attr:`Member.removed`); the user loses access. The API offers no way to undo it or to add a member back.
* ``users.remove(id)`` deletes the account. Only an organization owner may do it, and an organization owner cannot
  be deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.organizations import (
    organizations_memberships_destroy,
    organizations_memberships_list,
    organizations_memberships_retrieve,
)
from lsclient.api_client.api.users import (
    current_user_whoami_retrieve,
    users_create,
    users_destroy,
    users_list,
    users_partial_update,
    users_retrieve,
)
from lsclient.api_client.models.base_user import BaseUser
from lsclient.api_client.models.organization_member import OrganizationMember
from lsclient.api_client.models.organization_member_list import OrganizationMemberList
from lsclient.api_client.models.users_create_body import UsersCreateBody
from lsclient.api_client.models.users_partial_update_body import UsersPartialUpdateBody
from lsclient.api_client.types import Unset

from ..calls import call, call_no_content
from ..errors import InvalidInputError, LsClientError
from ..paging import Page, Pager
from .base import Fetchable, Removable, Updatable, build_request, convert

if TYPE_CHECKING:
    from ..client import Client

    _UserFields = BaseUser
    _MemberFields = OrganizationMemberList
    _MemberDetailFields = OrganizationMember
else:
    _UserFields = object
    _MemberFields = object
    _MemberDetailFields = object

# Fields the users API accepts in a body but never stores: id and the computed avatar/initials are ignored.
_IGNORED_ON_WRITE = ("id", "avatar", "initials")
# What Label Studio shows instead of the names of a user removed from the organization.
_REMOVED_MASK = {"username": "Deleted", "first_name": "Deleted", "last_name": "User", "email": "Deleted"}


def _reject_fields(body: UsersCreateBody | UsersPartialUpdateBody, names: tuple[str, ...], what: str) -> None:
    given = [name for name in names if not isinstance(getattr(body, name), Unset)]
    if given:
        raise InvalidInputError(f"{what}: Label Studio does not let the API set {', '.join(given)}")


def _is_masked(model: object) -> bool:
    return all(getattr(model, field, None) == value for field, value in _REMOVED_MASK.items())


class User(
    Fetchable[BaseUser],
    Updatable[BaseUser, UsersPartialUpdateBody],
    Removable[BaseUser],
    _UserFields,
):
    """A Label Studio account: ``user.email``, ``user.username``, ``user.first_name``, ``user.active_organization``...

    >>> user = client.users.create(username="ann", email="ann@example.com")  # doctest: +SKIP
    >>> user.update(first_name="Ann").first_name  # doctest: +SKIP
    'Ann'

    ``update()`` cannot change ``email``: Label Studio treats it as read-only (and would apply the other
    fields of the same request before refusing), so it is rejected before any request.
    ``remove()`` deletes the account (see :meth:`UsersRepo.remove`).
    """

    _repr_field = "email"
    _update_model = UsersPartialUpdateBody

    @property
    def removed(self) -> bool:
        """Whether Label Studio reports this user as removed from your organization.

        The API has no field for it: a removed member's names are masked as "Deleted User", which is what this checks.
        """
        return _is_masked(self._model)

    def _retrieve_model(self) -> BaseUser:
        return call(users_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: UsersPartialUpdateBody) -> BaseUser:
        _reject_fields(body, ("email", *_IGNORED_ON_WRITE), "User.update()")
        return call(users_partial_update.sync_detailed, self.id, client=self._client.http, body=body)

    def _destroy(self) -> None:
        call_no_content(users_destroy.sync_detailed, self.id, client=self._client.http)


class UsersRepo:
    """The users of your active organization (``client.users``): list, retrieve, create, remove, and ``me()``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def me(self) -> User:
        """The user the client is authenticated as.

        Its ``permissions`` (a list of permission names) are readable as ``me.permissions`` until the proxy is
        updated or fetched again (only this call answers them).
        """
        model = call(current_user_whoami_retrieve.sync_detailed, client=self._client.http)
        return User(self._client, convert(BaseUser, model))

    def list(self) -> list[User]:
        """Every user of your active organization, including removed members (see :attr:`User.removed`).

        Label Studio answers them in one unpaginated list.
        """
        models = call(users_list.sync_detailed, client=self._client.http)
        return [User(self._client, model) for model in models]

    def retrieve(self, id: int) -> User:
        """The user with this id. :raises NotFoundError: no such user in your active organization."""
        return User(self._client, call(users_retrieve.sync_detailed, id, client=self._client.http))

    def create(
        self,
        spec: UsersCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        username: str | None = None,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        **fields: Any,
    ) -> User:
        """Create a user and add it to your active organization (needs the organization-change permission).

        ``username`` is required by the server and need not be unique; ``email``, if given, must be a valid,
        unused address. Other fields: ``phone``, ``allow_newsletters``.

        The API cannot set a password (Label Studio has no such field and would ignore one), so the new
        user cannot log in with a password until one is set outside the API; ``password=`` is rejected.
        The new user's ``active_organization`` is ``None`` until it logs in.

        :raises BadRequestError: e.g. ``validation_errors["email"]`` for a duplicate or invalid email.
        """
        given = {
            name: value
            for name, value in {
                "username": username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }.items()
            if value is not None
        }
        body = build_request(UsersCreateBody, spec, {**given, **fields}, what="users.create()")
        _reject_fields(body, _IGNORED_ON_WRITE, "users.create()")
        return User(self._client, call(users_create.sync_detailed, client=self._client.http, body=body))

    def remove(self, id: int) -> None:
        """Delete the account with this id.

        Label Studio allows it only to an organization owner, and never for an organization owner
        (:class:`PermissionDeniedError` otherwise). To only take a user out of the organization, use
        ``members().remove(user_id)``.
        """
        call_no_content(users_destroy.sync_detailed, id, client=self._client.http)

    def members(self) -> MembersRepo:
        """The memberships of the organization you are working in (your active organization); one request.

        :raises LsClientError: the current user has no active organization.
        """
        me = call(current_user_whoami_retrieve.sync_detailed, client=self._client.http)
        organization = me.active_organization
        if organization is None or isinstance(organization, Unset):
            raise LsClientError("the current user has no active organization")
        return MembersRepo(self._client, organization)

    def __repr__(self) -> str:
        return f"<UsersRepo of {self._client.url}>"


class Member(Removable[OrganizationMemberList], _MemberFields):
    """One membership as listed by :meth:`MembersRepo.list`: ``member.user`` is the member's account.

    ``member.id`` is the membership's id; use :attr:`user_id` for the user. ``remove()`` takes the user
    out of the organization (a soft removal, see the module documentation).
    """

    @property
    def user_id(self) -> int:
        """The member's user id."""
        return self._model.user.id

    @property
    def removed(self) -> bool:
        """Whether the member was removed from the organization (Label Studio keeps listing removed members).

        The API has no field for it: a removed member's names are masked as "Deleted User", which is what this checks.
        """
        return _is_masked(self._model.user)

    def to_user(self) -> User:
        """The member's account as a :class:`User` proxy (no request)."""
        return User(self._client, convert(BaseUser, self._model.user))

    def _destroy(self) -> None:
        call_no_content(
            organizations_memberships_destroy.sync_detailed,
            self._model.organization,
            self.user_id,
            client=self._client.http,
        )

    def __repr__(self) -> str:
        email = self._model.user.email
        shown = f" email={email!r}" if not isinstance(email, Unset) else ""
        return f"<Member id={self._model.id} user_id={self.user_id}{shown}>"


class MemberDetail(_MemberDetailFields):
    """One member's details from :meth:`MembersRepo.retrieve`: ``user`` (the user id), ``organization``,
    ``annotations_count``, ``contributed_projects_count``, ``created_at`` (when the user joined).

    Label Studio answers the same for members it removed; check :attr:`Member.removed` in the list for that.
    """

    def __init__(self, client: Client, model: OrganizationMember) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_model", model)

    @property
    def record(self) -> OrganizationMember:
        """The generated attrs model holding the server's answer."""
        model: OrganizationMember = self.__dict__["_model"]
        return model

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        model = self.__dict__["_model"]
        try:
            return getattr(model, name)
        except AttributeError:
            extra = model.additional_properties
            if name in extra:
                return extra[name]
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only")

    def to_dict(self) -> dict[str, Any]:
        """The details as JSON-compatible data, as the server sent them."""
        return self.record.to_dict()

    def __repr__(self) -> str:
        return f"<MemberDetail user={self.record.user} organization={self.record.organization}>"


class MembersRepo:
    """The memberships of one organization (``client.users.members()``): list, retrieve, remove.

    >>> members = client.users.members()  # doctest: +SKIP
    >>> [m.user.email for m in members.list() if not m.removed]  # doctest: +SKIP
    ['admin@example.com', 'ann@example.com']
    """

    def __init__(self, client: Client, organization_id: int) -> None:
        self._client = client
        self.organization_id = organization_id

    def list(self, *, page_size: int = 100, limit: int | None = None) -> Pager[Member]:
        """Lazily iterate over the memberships, ordered by username; removed members are included
        (see :attr:`Member.removed`).

        :param limit: stop after this many members.
        """

        def fetch_page(page: int, size: int) -> Page[Member]:
            answer = call(
                organizations_memberships_list.sync_detailed,
                self.organization_id,
                client=self._client.http,
                page=page,
                page_size=size,
            )
            items = [Member(self._client, model) for model in answer.results]
            has_next = answer.next_ is not None and not isinstance(answer.next_, Unset)
            return Page(items=items, total=answer.count, has_next=has_next)

        return Pager(fetch_page, page_size=page_size, limit=limit)

    def retrieve(self, user_id: int) -> MemberDetail:
        """The membership of the user with this id. :raises NotFoundError: the user was never a member."""
        model = call(
            organizations_memberships_retrieve.sync_detailed,
            self.organization_id,
            user_id,
            client=self._client.http,
        )
        return MemberDetail(self._client, model)

    def remove(self, user_id: int) -> None:
        """Take the user out of the organization (a soft removal: see the module documentation).

        Only possible in your active organization, and not for yourself.

        :raises NotFoundError: no such user, or not (or no longer) a member.
        :raises PermissionDeniedError: the organization is not your active one, or you may not remove members.
        :raises APIStatusError: 405 when removing yourself.
        """
        call_no_content(
            organizations_memberships_destroy.sync_detailed,
            self.organization_id,
            user_id,
            client=self._client.http,
        )

    def __repr__(self) -> str:
        return f"<MembersRepo organization={self.organization_id}>"
