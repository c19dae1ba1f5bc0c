package io.ctxrec.bench.reference;

import io.ctxrec.adapters.dl4j.ModelConfig;
import java.util.List;

/** LNCM: s·dot(mf_u, mf_v) + (1 − s)·MLP([u, v]) with s = sigmoid(alpha), one learned scalar. */
final class ReferenceLncm extends ReferenceModel {
    private final int d;
    private final Param mfUsers;
    private final Param mfItems;
    private final Param mlpUsers;
    private final Param mlpItems;
    private final Mlp mlp;
    private final Param alpha = Param.bias(1);
    private final float[] x;
    private final float[] dx;
    private int user;
    private int item;
    private float linear;
    private float neural;

    ReferenceLncm(ModelConfig config) {
        super(config);
        this.d = config.embeddingDim();
        this.mfUsers = embedding(config.nUsers());
        this.mfItems = embedding(config.nItems());
        this.mlpUsers = embedding(config.nUsers());
        this.mlpItems = embedding(config.nItems());
        this.mlp = new Mlp(2 * d, config.hiddenDims(), true, random);
        this.x = new float[2 * d];
        this.dx = new float[2 * d];
    }

    @Override
    void addParams(List<Param> list) {
        list.addAll(List.of(mfUsers, mfItems, mlpUsers, mlpItems));
        mlp.addParams(list);
        list.add(alpha);
    }

    @Override
    float logit(int u, int i, int[] context) {
        user = u;
        item = i;
        linear = dot(mfUsers.w, u * d, mfItems.w, i * d, d);
        System.arraycopy(mlpUsers.w, u * d, x, 0, d);
        System.arraycopy(mlpItems.w, i * d, x, d, d);
        neural = mlp.forward(x)[0];
        float s = sigmoid(alpha.w[0]);
        return s * linear + (1 - s) * neural;
    }

    @Override
    void backward(float dz) {
        float s = sigmoid(alpha.w[0]);
        alpha.g[0] += dz * (linear - neural) * s * (1 - s);
        float dLinear = dz * s;
        int fu = mfUsers.row(user);
        int fi = mfItems.row(item);
        for (int k = 0; k < d; k++) {
            mfUsers.g[fu + k] += dLinear * mfItems.w[fi + k];
            mfItems.g[fi + k] += dLinear * mfUsers.w[fu + k];
        }
        mlp.topGradient()[0] = dz * (1 - s);
        mlp.backward(x, dx);
        int mu = mlpUsers.row(user);
        int mi = mlpItems.row(item);
        for (int k = 0; k < d; k++) {
            mlpUsers.g[mu + k] += dx[k];
            mlpItems.g[mi + k] += dx[d + k];
        }
    }
}
