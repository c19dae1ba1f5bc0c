package io.ctxrec.training.data;

import io.ctxrec.domain.model.User;

/**
 * A generated user with their hidden taste, their device habits (probabilities of mobile, desktop and
 * tablet) and how many interaction rows they produce.
 */
record Shopper(int index, User user, double[] taste, double[] devices, int rows) {
}
