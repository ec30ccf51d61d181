"""The reranker lab's agreement measure, shared by cv.py and pieces.py."""
import numpy as np
from scipy.stats import spearmanr


def within(pred, y, ids):
    """Mean over descriptions (>= 3 labelled names, labels and predictions not constant) of the Spearman
    correlation between predictions and mean blind labels."""
    rhos = []
    for d in set(ids):
        m = ids == d
        if m.sum() >= 3 and np.std(y[m]) > 0 and np.std(pred[m]) > 0:
            rhos.append(spearmanr(pred[m], y[m]).statistic)
    return float(np.mean(rhos))
