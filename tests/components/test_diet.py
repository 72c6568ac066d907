"""The quick-loading DIET classifier: the trained weights, every one, in a model that
predicts with a traced graph. (Its predictions are the NLU evaluation's in
tests/test_conversations.py, and every server test's.)"""

from __future__ import annotations

import numpy as np
import pytest

from components.diet import QuickLoadingDIET, QuickLoadingDIETClassifier

pytestmark = pytest.mark.slow


def test_the_loaded_model_holds_every_trained_weight_and_predicts_in_a_graph(tmp_path):
    import tensorflow as tf

    from devtools.servers import trained_component

    classifier = trained_component(QuickLoadingDIETClassifier, tmp_path)
    model = classifier.model
    assert isinstance(model, QuickLoadingDIET)
    assert not model.run_eagerly  # the one eager step was only to build the weights

    (index,) = tmp_path.rglob("*.tf_model.index")
    saved = tf.train.load_checkpoint(str(index)[: -len(".index")])
    trained = [
        saved.get_tensor(key)
        for key in saved.get_variable_to_shape_map()
        if "/optimizer/" not in key and "OPTIMIZER_SLOT" not in key and key != "_CHECKPOINTABLE_OBJECT_GRAPH"
    ]
    assert model.weights
    missing = [
        weight.name
        for weight in model.weights
        if not any(value.shape == weight.shape and np.array_equal(value, weight.numpy()) for value in trained)
    ]
    assert not missing, missing
