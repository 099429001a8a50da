#!/usr/bin/env python3
"""Text summary of a JFR recording's CPU samples, for docs/benchmarks.md: the share of each library (the first frame
from the top of the stack that belongs to one) and, under a method, the share of each method it calls.

  jcmd PID JFR.start name=p settings=profile; (load); jcmd PID JFR.dump name=p filename=app.jfr
  e2e-tests/profile/jfr-summary.py app.jfr [Class.method ...]
"""
import collections
import json
import os
import subprocess
import sys

JFR = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'jfr')
LIBRARIES = [
    ('JWT signature (RSA)', ['BigInteger', 'sun.security.rsa']),
    ('JWT parsing (jose4j, smallrye-jwt)', ['org.jose4j', 'io.smallrye.jwt']),
    ('OIDC and security', ['io.quarkus.oidc', 'io.quarkus.security', 'io.quarkus.vertx.http.runtime.security']),
    ('Kafka client', ['org.apache.kafka']),
    ('JSON (Jackson)', ['com.fasterxml.jackson']),
    ('Hibernate', ['org.hibernate']),
    ('JDBC driver', ['org.postgresql']),
    ('pool and transactions (Agroal, Narayana)', ['io.agroal', 'com.arjuna', 'io.quarkus.narayana']),
    ('HTTP (RESTEasy Reactive, Vert.x, Netty)', ['org.jboss.resteasy', 'io.vertx', 'io.netty']),
    ('CDI (ArC)', ['io.quarkus.arc']),
    ('metrics', ['io.micrometer']),
    ('logging', ['org.jboss.logging', 'org.jboss.logmanager']),
]
PLUMBING = ('Subclass', 'ClientProxy', 'superforward', 'Lambda', 'lambda$', 'Interceptor', 'InvocationContext',
            'arc.impl', 'narayana', 'reflect', 'invoke.')


def stacks(recording):
    out = subprocess.run([JFR, 'print', '--json', '--events', 'jdk.ExecutionSample', '--stack-depth', '64',
                          recording], capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)['recording']['events']:
        yield [f"{frame['method']['type']['name'].replace('/', '.')}.{frame['method']['name']}"
               for frame in event['values']['stackTrace']['frames']]


def library(frames):
    for frame in frames:
        for name, prefixes in LIBRARIES:
            if any(prefix in frame for prefix in prefixes):
                return name
    return 'other'


def main(recording, methods):
    samples = list(stacks(recording))
    total = len(samples)
    print(f'{total} CPU samples')
    for name, count in collections.Counter(library(frames) for frames in samples).most_common():
        print(f'  {100 * count / total:5.1f} %  {name}')
    for method in methods:
        callees = collections.Counter()
        under = 0
        for frames in samples:
            outermost = [i for i, frame in enumerate(frames) if frame.endswith(method)]
            if not outermost:
                continue
            under += 1
            i = outermost[-1] - 1
            while i >= 0 and any(part in frames[i] for part in PLUMBING):
                i -= 1
            callees[frames[i] if i >= 0 else '(itself)'] += 1
        print(f'{method}: {100 * under / total:.1f} % of the samples, of which')
        for name, count in callees.most_common(8):
            print(f'  {100 * count / total:5.1f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
