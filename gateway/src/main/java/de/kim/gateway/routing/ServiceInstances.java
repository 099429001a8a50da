package de.kim.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service, taken in turn. An instance that refused a connection is left out for a while, so
 * requests do not queue behind a dead one; without a live one, the resting ones are tried after all.
 */
final class ServiceInstances {

    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();
    private final long restNanos;

    ServiceInstances(List<URI> bases, long restMillis) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("a service needs one URL at least");
        }
        this.instances = bases.stream().map(Instance::new).toList();
        this.restNanos = restMillis * 1_000_000;
    }

    /** The instances to try for one request, each once: live ones from the next in turn, then resting ones. */
    List<Instance> forRequest() {
        int first = Math.floorMod(turn.getAndIncrement(), instances.size());
        long now = System.nanoTime();
        List<Instance> live = new ArrayList<>(instances.size());
        List<Instance> resting = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get((first + i) % instances.size());
            (instance.restsAt(now) ? resting : live).add(instance);
        }
        live.addAll(resting);
        return live;
    }

    /** One instance, by its base URL. */
    final class Instance {
        final URI base;
        private volatile long restingUntil;
        private volatile boolean resting;

        private Instance(URI base) {
            this.base = base;
        }

        /** It refused a connection: leave it out for the rest time. */
        void rest() {
            restingUntil = System.nanoTime() + restNanos;
            resting = true;
        }

        private boolean restsAt(long now) {
            if (resting && now - restingUntil >= 0) {
                resting = false;
            }
            return resting;
        }

        int port() {
            return base.getPort() > 0 ? base.getPort() : (secure() ? 443 : 80);
        }

        boolean secure() {
            return "https".equals(base.getScheme());
        }
    }
}
