# syntax=docker/dockerfile:1.7
# One service's image, built from source inside Docker: nothing but Docker is needed on the host.
#   docker build --build-arg SERVICE=registration-service -t regional-days/registration-service .
# docker-compose.yml builds the four services with it. The base images are pinned by version here, and by digest in
# .env (BUILD_IMAGE, RUNTIME_IMAGE: scripts/pin-images.sh writes them with the digests the registry gives).
ARG BUILD_IMAGE=maven:3.9.11-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17.0.17_10-jre-noble

FROM ${BUILD_IMAGE} AS build
ARG SERVICE
WORKDIR /src
# Maven's repository is a build cache mount: the dependencies are downloaded once per machine, whatever changed.
COPY .mvn .mvn
COPY pom.xml .
# Maven reads every module's pom of the reactor; only the service's and the modules it needs come whole.
COPY registration-service/pom.xml registration-service/
COPY workshop-service/pom.xml workshop-service/
COPY synthesis-service/pom.xml synthesis-service/
COPY resource-service/pom.xml resource-service/
COPY system-tests/pom.xml system-tests/
COPY platform platform
COPY local-infrastructure local-infrastructure
COPY ${SERVICE} ${SERVICE}
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${SERVICE}" -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
    && cp "${SERVICE}/target/${SERVICE}-"*-exec.jar /app.jar \
    && mkdir /extracted && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /extracted

FROM ${RUNTIME_IMAGE}
# curl for the health check; a user without privileges runs the service.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 app
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER app
ENV PORT=8080
EXPOSE 8080
# JAVA_OPTS: docker-compose.yml sizes the heap to the container's memory limit.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:+ExitOnOutOfMemoryError org.springframework.boot.loader.launch.JarLauncher"]
