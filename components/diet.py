"""Rasa's DIETClassifier, loaded in seconds instead of twenty-odd.

Stock Rasa 3.6 builds a loaded DIET model by fitting it on one example
(`RasaModel.load`), and with `run_eagerly: false` that traces the whole training step,
gradients and optimiser included, as a TensorFlow graph: 23 s of the Rasa server's 33 s
start on these machines, paid again by every `rasa shell`, `rasa test` and replica.
Here that one throwaway step runs eagerly (its weights are overwritten by the trained
ones straight after), and prediction is switched back to a traced graph before the
first message, as stock Rasa does. Training is untouched (the same class, the same
graph), and so are the predictions: tests/components/test_diet.py compares both
loaders on the same model.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIET
from rasa.nlu.classifiers.diet_classifier import DIETClassifier as RasaDIETClassifier
from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import RasaModelData


class QuickLoadingDIET(DIET):
    """The DIET model whose `load` builds its weights with one eager step."""

    @classmethod
    def load(
        cls,
        model_file_name: str,
        model_data_example: RasaModelData,
        predict_data_example: RasaModelData | None = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> QuickLoadingDIET:
        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)), run_eagerly=True)
        # One step on one example gives every weight its shape; the values are replaced next.
        model.fit(RasaBatchDataGenerator(model_data_example, batch_size=1), verbose=False)
        model.load_weights(model_file_name)
        # Predict with a traced graph, like stock Rasa (unless the config asks for eager).
        model.run_eagerly = bool(config.get(RUN_EAGERLY, False))
        if not finetune_mode and predict_data_example:
            model.run_inference(predict_data_example)  # traces the prediction step once, now
        return model


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class QuickLoadingDIETClassifier(RasaDIETClassifier):
    """Rasa's DIETClassifier with `QuickLoadingDIET` as its model."""

    @staticmethod
    def model_class() -> type[QuickLoadingDIET]:
        return QuickLoadingDIET
