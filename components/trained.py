"""What the project's trained NLU components share: a model of their own, trained during
`rasa train` from data that is not Rasa's NLU data, kept in the model archive as one
pickle, and loaded back (or None when Rasa loads an untrained component for
`rasa data validate` and the like). Subclasses say how to train, save and read it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData


class TrainedComponent(GraphComponent):
    MODEL_FILE = "model.pkl"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"random_seed": 42}

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, model: Any | None = None
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TrainedComponent:
        return cls(config, model_storage, resource)

    def _save(self) -> Resource:
        if self._model is None:
            raise RuntimeError(f"{type(self).__name__}: no trained model to save")
        with self._model_storage.write_to(self._resource) as directory:
            self._model.save(directory / self.MODEL_FILE)
        return self._resource

    @classmethod
    def _read_model(cls, path: Path) -> Any:  # pragma: no cover - every subclass says how
        raise NotImplementedError

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TrainedComponent:
        try:
            with model_storage.read_from(resource) as directory:
                model = cls._read_model(directory / cls.MODEL_FILE)
        except ValueError:
            model = None  # untrained (rasa data validate and the like)
        return cls(config, model_storage, resource, model)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
