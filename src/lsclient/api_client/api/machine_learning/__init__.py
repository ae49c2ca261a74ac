"""Contains endpoint functions for accessing the API, and the per-tag facades ``MachineLearningApi`` /
``AsyncMachineLearningApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.ml_backend import MLBackend
    from ...models.ml_backend_request import MLBackendRequest
    from ...models.ml_create_body import MlCreateBody
    from ...models.ml_interactive_annotating_create_response_200 import MlInteractiveAnnotatingCreateResponse200
    from ...models.ml_interactive_annotating_request_request import MLInteractiveAnnotatingRequestRequest
    from ...models.ml_partial_update_body import MlPartialUpdateBody
    from ...models.ml_predict_test_create_response_200 import MlPredictTestCreateResponse200
    from ...models.ml_predict_test_create_response_500 import MlPredictTestCreateResponse500
    from ...models.ml_train_create_body import MlTrainCreateBody
    from ...models.ml_versions_retrieve_response_200 import MlVersionsRetrieveResponse200
    from ...models.ml_versions_retrieve_response_default import MlVersionsRetrieveResponseDefault


class MachineLearningApi:
    """Every operation tagged "machine_learning", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def ml_create(
        self,
        *,
        body: MlCreateBody,
    ) -> MLBackend | None:
        """ Add ML Backend

         
            Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
        following cURL
            command:
            ```bash
            curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
        'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9090", "project": {project_id}}'


        Args:
            body (MlCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
         """

        from . import ml_create as _ml_create

        return _ml_create.sync(
            body=body,
            client=self._client,
        )

    def ml_create_detailed(
        self,
        *,
        body: MlCreateBody,
    ) -> Response[MLBackend]:
        """ Add ML Backend

         
            Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
        following cURL
            command:
            ```bash
            curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
        'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9090", "project": {project_id}}'


        Args:
            body (MlCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
         """

        from . import ml_create as _ml_create

        return _ml_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def ml_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove ML Backend


            Remove an existing ML backend connection by ID. For example, use the
            following cURL command:
            ```bash
            curl -X DELETE https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import ml_destroy as _ml_destroy

        return _ml_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def ml_interactive_annotating_create(
        self,
        id: int,
        *,
        body: MLInteractiveAnnotatingRequestRequest,
    ) -> MlInteractiveAnnotatingCreateResponse200 | None:
        """Request Interactive Annotation


                Send a request to the machine learning backend set up to be used for interactive
        preannotations to retrieve a
                predicted region based on annotator input.
                See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
        preannotations) for more.


        Args:
            id (int):
            body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
                request.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlInteractiveAnnotatingCreateResponse200
        """

        from . import ml_interactive_annotating_create as _ml_interactive_annotating_create

        return _ml_interactive_annotating_create.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_interactive_annotating_create_detailed(
        self,
        id: int,
        *,
        body: MLInteractiveAnnotatingRequestRequest,
    ) -> Response[MlInteractiveAnnotatingCreateResponse200]:
        """Request Interactive Annotation


                Send a request to the machine learning backend set up to be used for interactive
        preannotations to retrieve a
                predicted region based on annotator input.
                See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
        preannotations) for more.


        Args:
            id (int):
            body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
                request.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlInteractiveAnnotatingCreateResponse200]
        """

        from . import ml_interactive_annotating_create as _ml_interactive_annotating_create

        return _ml_interactive_annotating_create.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_list(
        self,
        *,
        project: int,
    ) -> builtins.list[MLBackend] | None:
        """List ML backends


            List all configured ML backends for a specific project by ID.
            Use the following cURL command:
            ```bash
            curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[MLBackend]
        """

        from . import ml_list as _ml_list

        return _ml_list.sync(
            project=project,
            client=self._client,
        )

    def ml_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[MLBackend]]:
        """List ML backends


            List all configured ML backends for a specific project by ID.
            Use the following cURL command:
            ```bash
            curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[MLBackend]]
        """

        from . import ml_list as _ml_list

        return _ml_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def ml_partial_update(
        self,
        id: int,
        *,
        body: MlPartialUpdateBody,
    ) -> MLBackend | None:
        """ Update ML Backend

         
            Update ML backend parameters using the Label Studio UI or by sending a PATCH request using the
        following cURL command:
            ```bash
            curl -X PATCH -H 'Content-type: application/json' https://localhost:8080/api/ml/{ml_backend_ID}
        -H 'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9091"}'


        Args:
            id (int):
            body (MlPartialUpdateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
         """

        from . import ml_partial_update as _ml_partial_update

        return _ml_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_partial_update_detailed(
        self,
        id: int,
        *,
        body: MlPartialUpdateBody,
    ) -> Response[MLBackend]:
        """ Update ML Backend

         
            Update ML backend parameters using the Label Studio UI or by sending a PATCH request using the
        following cURL command:
            ```bash
            curl -X PATCH -H 'Content-type: application/json' https://localhost:8080/api/ml/{ml_backend_ID}
        -H 'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9091"}'


        Args:
            id (int):
            body (MlPartialUpdateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
         """

        from . import ml_partial_update as _ml_partial_update

        return _ml_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_predict_test_create(
        self,
        id: int,
        *,
        body: MLBackendRequest | Unset = UNSET,
        random: bool,
    ) -> MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500 | None:
        """Test prediction


                After you add an ML backend, call this API with the ML backend ID to run a test prediction
        on specific task data


        Args:
            id (int):
            random (bool):
            body (MLBackendRequest | Unset): Serializer for MLBackend model.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500
        """

        from . import ml_predict_test_create as _ml_predict_test_create

        return _ml_predict_test_create.sync(
            id=id,
            body=body,
            random=random,
            client=self._client,
        )

    def ml_predict_test_create_detailed(
        self,
        id: int,
        *,
        body: MLBackendRequest | Unset = UNSET,
        random: bool,
    ) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
        """Test prediction


                After you add an ML backend, call this API with the ML backend ID to run a test prediction
        on specific task data


        Args:
            id (int):
            random (bool):
            body (MLBackendRequest | Unset): Serializer for MLBackend model.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]
        """

        from . import ml_predict_test_create as _ml_predict_test_create

        return _ml_predict_test_create.sync_detailed(
            id=id,
            body=body,
            random=random,
            client=self._client,
        )

    def ml_retrieve(
        self,
        id: int,
    ) -> MLBackend | None:
        """Get ML Backend


            Get details about a specific ML backend connection by ID. For example, make a GET request using
        the
            following cURL command:
            ```bash
            curl https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
        """

        from . import ml_retrieve as _ml_retrieve

        return _ml_retrieve.sync(
            id=id,
            client=self._client,
        )

    def ml_retrieve_detailed(
        self,
        id: int,
    ) -> Response[MLBackend]:
        """Get ML Backend


            Get details about a specific ML backend connection by ID. For example, make a GET request using
        the
            following cURL command:
            ```bash
            curl https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
        """

        from . import ml_retrieve as _ml_retrieve

        return _ml_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def ml_train_create(
        self,
        id: int,
        *,
        body: MlTrainCreateBody | Unset = UNSET,
    ) -> Any | str | None:
        """Train


                After you add an ML backend, call this API with the ML backend ID to start training with
                already-labeled tasks.

                Get the ML backend ID by [listing the ML backends for a
        project](https://labelstud.io/api/#operation/api_ml_list).


        Args:
            id (int):
            body (MlTrainCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | str
        """

        from . import ml_train_create as _ml_train_create

        return _ml_train_create.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_train_create_detailed(
        self,
        id: int,
        *,
        body: MlTrainCreateBody | Unset = UNSET,
    ) -> Response[Any | str]:
        """Train


                After you add an ML backend, call this API with the ML backend ID to start training with
                already-labeled tasks.

                Get the ML backend ID by [listing the ML backends for a
        project](https://labelstud.io/api/#operation/api_ml_list).


        Args:
            id (int):
            body (MlTrainCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | str]
        """

        from . import ml_train_create as _ml_train_create

        return _ml_train_create.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def ml_versions_retrieve(
        self,
        id: int,
    ) -> MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault | None:
        """Get model versions

         Get available versions of the model.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault
        """

        from . import ml_versions_retrieve as _ml_versions_retrieve

        return _ml_versions_retrieve.sync(
            id=id,
            client=self._client,
        )

    def ml_versions_retrieve_detailed(
        self,
        id: int,
    ) -> Response[MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault]:
        """Get model versions

         Get available versions of the model.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault]
        """

        from . import ml_versions_retrieve as _ml_versions_retrieve

        return _ml_versions_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncMachineLearningApi:
    """Every operation tagged "machine_learning", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def ml_create(
        self,
        *,
        body: MlCreateBody,
    ) -> MLBackend | None:
        """ Add ML Backend

         
            Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
        following cURL
            command:
            ```bash
            curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
        'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9090", "project": {project_id}}'


        Args:
            body (MlCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
         """

        from . import ml_create as _ml_create

        return await _ml_create.asyncio(
            body=body,
            client=self._client,
        )

    async def ml_create_detailed(
        self,
        *,
        body: MlCreateBody,
    ) -> Response[MLBackend]:
        """ Add ML Backend

         
            Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
        following cURL
            command:
            ```bash
            curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
        'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9090", "project": {project_id}}'


        Args:
            body (MlCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
         """

        from . import ml_create as _ml_create

        return await _ml_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def ml_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove ML Backend


            Remove an existing ML backend connection by ID. For example, use the
            following cURL command:
            ```bash
            curl -X DELETE https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import ml_destroy as _ml_destroy

        return await _ml_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def ml_interactive_annotating_create(
        self,
        id: int,
        *,
        body: MLInteractiveAnnotatingRequestRequest,
    ) -> MlInteractiveAnnotatingCreateResponse200 | None:
        """Request Interactive Annotation


                Send a request to the machine learning backend set up to be used for interactive
        preannotations to retrieve a
                predicted region based on annotator input.
                See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
        preannotations) for more.


        Args:
            id (int):
            body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
                request.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlInteractiveAnnotatingCreateResponse200
        """

        from . import ml_interactive_annotating_create as _ml_interactive_annotating_create

        return await _ml_interactive_annotating_create.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_interactive_annotating_create_detailed(
        self,
        id: int,
        *,
        body: MLInteractiveAnnotatingRequestRequest,
    ) -> Response[MlInteractiveAnnotatingCreateResponse200]:
        """Request Interactive Annotation


                Send a request to the machine learning backend set up to be used for interactive
        preannotations to retrieve a
                predicted region based on annotator input.
                See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
        preannotations) for more.


        Args:
            id (int):
            body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
                request.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlInteractiveAnnotatingCreateResponse200]
        """

        from . import ml_interactive_annotating_create as _ml_interactive_annotating_create

        return await _ml_interactive_annotating_create.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_list(
        self,
        *,
        project: int,
    ) -> builtins.list[MLBackend] | None:
        """List ML backends


            List all configured ML backends for a specific project by ID.
            Use the following cURL command:
            ```bash
            curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[MLBackend]
        """

        from . import ml_list as _ml_list

        return await _ml_list.asyncio(
            project=project,
            client=self._client,
        )

    async def ml_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[MLBackend]]:
        """List ML backends


            List all configured ML backends for a specific project by ID.
            Use the following cURL command:
            ```bash
            curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[MLBackend]]
        """

        from . import ml_list as _ml_list

        return await _ml_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def ml_partial_update(
        self,
        id: int,
        *,
        body: MlPartialUpdateBody,
    ) -> MLBackend | None:
        """ Update ML Backend

         
            Update ML backend parameters using the Label Studio UI or by sending a PATCH request using the
        following cURL command:
            ```bash
            curl -X PATCH -H 'Content-type: application/json' https://localhost:8080/api/ml/{ml_backend_ID}
        -H 'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9091"}'


        Args:
            id (int):
            body (MlPartialUpdateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
         """

        from . import ml_partial_update as _ml_partial_update

        return await _ml_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_partial_update_detailed(
        self,
        id: int,
        *,
        body: MlPartialUpdateBody,
    ) -> Response[MLBackend]:
        """ Update ML Backend

         
            Update ML backend parameters using the Label Studio UI or by sending a PATCH request using the
        following cURL command:
            ```bash
            curl -X PATCH -H 'Content-type: application/json' https://localhost:8080/api/ml/{ml_backend_ID}
        -H 'Authorization: Token abc123'\\
            --data '{"url": "http://localhost:9091"}'


        Args:
            id (int):
            body (MlPartialUpdateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
         """

        from . import ml_partial_update as _ml_partial_update

        return await _ml_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_predict_test_create(
        self,
        id: int,
        *,
        body: MLBackendRequest | Unset = UNSET,
        random: bool,
    ) -> MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500 | None:
        """Test prediction


                After you add an ML backend, call this API with the ML backend ID to run a test prediction
        on specific task data


        Args:
            id (int):
            random (bool):
            body (MLBackendRequest | Unset): Serializer for MLBackend model.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500
        """

        from . import ml_predict_test_create as _ml_predict_test_create

        return await _ml_predict_test_create.asyncio(
            id=id,
            body=body,
            random=random,
            client=self._client,
        )

    async def ml_predict_test_create_detailed(
        self,
        id: int,
        *,
        body: MLBackendRequest | Unset = UNSET,
        random: bool,
    ) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
        """Test prediction


                After you add an ML backend, call this API with the ML backend ID to run a test prediction
        on specific task data


        Args:
            id (int):
            random (bool):
            body (MLBackendRequest | Unset): Serializer for MLBackend model.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]
        """

        from . import ml_predict_test_create as _ml_predict_test_create

        return await _ml_predict_test_create.asyncio_detailed(
            id=id,
            body=body,
            random=random,
            client=self._client,
        )

    async def ml_retrieve(
        self,
        id: int,
    ) -> MLBackend | None:
        """Get ML Backend


            Get details about a specific ML backend connection by ID. For example, make a GET request using
        the
            following cURL command:
            ```bash
            curl https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MLBackend
        """

        from . import ml_retrieve as _ml_retrieve

        return await _ml_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def ml_retrieve_detailed(
        self,
        id: int,
    ) -> Response[MLBackend]:
        """Get ML Backend


            Get details about a specific ML backend connection by ID. For example, make a GET request using
        the
            following cURL command:
            ```bash
            curl https://localhost:8080/api/ml/{ml_backend_ID} -H 'Authorization: Token abc123'


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MLBackend]
        """

        from . import ml_retrieve as _ml_retrieve

        return await _ml_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def ml_train_create(
        self,
        id: int,
        *,
        body: MlTrainCreateBody | Unset = UNSET,
    ) -> Any | str | None:
        """Train


                After you add an ML backend, call this API with the ML backend ID to start training with
                already-labeled tasks.

                Get the ML backend ID by [listing the ML backends for a
        project](https://labelstud.io/api/#operation/api_ml_list).


        Args:
            id (int):
            body (MlTrainCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | str
        """

        from . import ml_train_create as _ml_train_create

        return await _ml_train_create.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_train_create_detailed(
        self,
        id: int,
        *,
        body: MlTrainCreateBody | Unset = UNSET,
    ) -> Response[Any | str]:
        """Train


                After you add an ML backend, call this API with the ML backend ID to start training with
                already-labeled tasks.

                Get the ML backend ID by [listing the ML backends for a
        project](https://labelstud.io/api/#operation/api_ml_list).


        Args:
            id (int):
            body (MlTrainCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | str]
        """

        from . import ml_train_create as _ml_train_create

        return await _ml_train_create.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def ml_versions_retrieve(
        self,
        id: int,
    ) -> MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault | None:
        """Get model versions

         Get available versions of the model.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault
        """

        from . import ml_versions_retrieve as _ml_versions_retrieve

        return await _ml_versions_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def ml_versions_retrieve_detailed(
        self,
        id: int,
    ) -> Response[MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault]:
        """Get model versions

         Get available versions of the model.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[MlVersionsRetrieveResponse200 | MlVersionsRetrieveResponseDefault]
        """

        from . import ml_versions_retrieve as _ml_versions_retrieve

        return await _ml_versions_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )
