"""A tiny, deterministic model served by the official ML backend framework (``label-studio-ml``) for the tests.

scripts/ml_backend.py copies this file into the backend it builds with ``label-studio-ml init`` and serves it with
``label-studio-ml start``; it runs in that backend's own venv, never in the SDK's (``label_studio_ml`` is not a
dependency of lsclient).

* ``predict``: for each task, the first ``Choices`` control of the label config gets its **first** choice when the
  text of the control's ``Text`` input contains ``good`` (case-insensitive), else its **last** choice; the score is
  0.9 or 0.6 respectively. With ``<Choice value="positive"/><Choice value="negative"/>``: "good film" -> positive.
* ``fit`` (run by the framework in a background process when Label Studio posts ``START_TRAINING`` to ``/webhook``):
  counts the trainings that finished before it and returns ``{"model_version": "keyword-<n>", ...}``. The framework
  stores that train output and hands it to the next model it loads (at Label Studio's next ``/setup``), so every
  prediction after the n-th training carries ``model_version == "keyword-<n>"`` (``"keyword-0"`` before any).
"""

from __future__ import annotations

import os
from typing import Any

from label_studio_ml.model import LabelStudioMLBase

KEYWORD = "good"
MODEL_VERSION_PREFIX = "keyword-"
RESULT_FILE = "job_result.json"  # the framework's SimpleJobManager writes each finished job's output there


class KeywordModel(LabelStudioMLBase):
    """Text classification by a keyword (see the module docstring)."""

    # label-studio-ml 1.0.9 trains on annotation and project events only; Label Studio 1.23 asks for a training
    # with the START_TRAINING webhook action (POST /api/ml/{id}/train)
    TRAIN_EVENTS = (*LabelStudioMLBase.TRAIN_EVENTS, "START_TRAINING")

    @property
    def model_version(self) -> str:
        version = self.train_output.get("model_version")
        return str(version) if version else f"{MODEL_VERSION_PREFIX}0"

    def _control(self) -> tuple[str, str, str, list[str]]:
        """(from_name, to_name, data key, choices) of the first Choices control on a Text."""
        for from_name, control in self.parsed_label_config.items():
            inputs = control.get("inputs") or []
            if control.get("type") == "Choices" and control.get("labels") and inputs:
                return from_name, control["to_name"][0], inputs[0]["value"], list(control["labels"])
        raise ValueError("the label config has no <Choices> control on a <Text>")

    def predict(self, tasks: list[dict[str, Any]], **kwargs: Any) -> list[dict[str, Any]]:
        from_name, to_name, key, choices = self._control()
        predictions = []
        for task in tasks:
            text = str(task.get("data", {}).get(key, ""))
            hit = KEYWORD in text.lower()
            result = {
                "from_name": from_name,
                "to_name": to_name,
                "type": "choices",
                "value": {"choices": [choices[0] if hit else choices[-1]]},
            }
            predictions.append({"result": [result], "score": 0.9 if hit else 0.6, "model_version": self.model_version})
        return predictions

    def fit(self, tasks: Any, workdir: str | None = None, **kwargs: Any) -> dict[str, Any]:
        done = 0
        if workdir:
            jobs = os.path.dirname(os.path.abspath(workdir))
            done = sum(os.path.exists(os.path.join(jobs, name, RESULT_FILE)) for name in os.listdir(jobs))
        data = kwargs.get("data") or {}
        project = data.get("project") if isinstance(data, dict) else None
        return {
            "model_version": f"{MODEL_VERSION_PREFIX}{done + 1}",
            "event": kwargs.get("event"),
            "project": project.get("id") if isinstance(project, dict) else None,
        }
