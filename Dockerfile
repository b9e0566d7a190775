# The portal in production mode (Vaadin's frontend bundle built in) with its bundled plugins.
# Build:  docker build -t hirestage .      Run: see docker-compose.yml
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /opt/hirestage hirestage
WORKDIR /opt/hirestage
COPY --from=build /src/app/target/hirestage-app-*.jar app.jar
# Bundled plugins; the compose file mounts a volume here so admins can add more.
COPY --from=build /src/app/target/plugins/ plugins/
RUN mkdir search-index
RUN chown -R hirestage /opt/hirestage
USER hirestage
ENV HIRESTAGE_PLUGINS_DIR=/opt/hirestage/plugins
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
