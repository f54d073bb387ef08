# syntax=docker/dockerfile:1
# The shop's image: built from the repository root with `docker build -t store .`.
# Before starting (or upgrading) the web nodes, run the one-off command once:
#     docker run --rm --env-file .env store migrate
# It applies the database migrations (and, when Setup__AdminEmail is set, sets up an empty shop)
# and exits. docker-compose.yml does this in its `migrate` service; docs/deploy.md explains.

# ---- build: restore with the central package versions (Directory.Packages.props), publish Release
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded packages between builds without putting them in a layer.
# For the image's architecture only (amd64 -> linux-x64): the native libraries of every other
# platform (SkiaSharp's are ~500 MB) stay out of the image.
# ReadyToRun: the assemblies (EF Core's included) ship precompiled, so a node starts without JIT-compiling
# them: about a third less CPU from start to first page (bench/README.md, "Load").
ARG TARGETARCH
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore Store.Web/Store.Web.csproj -a "$TARGETARCH" /p:PublishReadyToRun=true
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish Store.Web/Store.Web.csproj -c Release -a "$TARGETARCH" --self-contained false \
        --no-restore -o /app /p:UseAppHost=false /p:PublishReadyToRun=true

# ---- runtime: ASP.NET Core runtime only, as the image's unprivileged `app` user
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the HEALTHCHECK below; nothing else is added to the base image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# App_Data holds uploaded media, mail written as files when no SMTP host is set, and the SQLite
# database when no PostgreSQL is configured. Created here so a new volume is owned by `app`.
RUN mkdir -p /app/App_Data && chown app:app /app/App_Data
VOLUME ["/app/App_Data"]
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080
# Ready = the process answers and the database answers (/health/live checks the process only).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "Store.Web.dll"]
