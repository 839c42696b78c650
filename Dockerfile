# SLT-boten as a service: docker build -t slt-boten . && see docs/deploy.md for running it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# 1. The runtime dependencies from pyproject.toml (no dev extras), in their own layer so a
#    code change does not reinstall them. The project itself runs from /app (step 2), so
#    it is installed against empty package stubs and uninstalled again.
COPY pyproject.toml ./
RUN mkdir bot cards tools \
    && touch bot/__init__.py cards/__init__.py tools/__init__.py \
    && pip install . \
    && pip uninstall --yes slt-boten \
    && rm -rf bot cards tools build ./*.egg-info

# 2. The code, the knowledge and the Teams manifest template with its packaging tool
#    (`app.py package`; .dockerignore keeps tests, local data and real people mappings out
#    of the image).
COPY app.py ./
COPY bot/ bot/
COPY cards/ cards/
COPY tools/ tools/
COPY knowledge/ knowledge/
COPY manifest/ manifest/

# 3. The code compiled once here: PYTHONDONTWRITEBYTECODE keeps the service from writing .pyc
#    files, so without them every start compiled the project's ~300 modules from source
#    (~0.6 s of CPU before /healthz answers; pip compiled the dependencies at install).
RUN python -m compileall -q app.py bot cards tools

# 4. A non-root user; the SQLite store lives on the /data volume, owned by that user.
RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin slt \
    && mkdir -p /data \
    && chown slt:slt /data
USER slt

# Configuration is environment variables only (README, "Configuration"); these are the
# container's defaults. MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType,
# MicrosoftAppTenantId, SLT_KOMMUNE and SLT_ADMINS are given with `docker run -e`.
ENV PORT=3978 \
    SLT_DATA_DIR=/data \
    LOG_FORMAT=json
VOLUME /data
EXPOSE 3978

# No curl in the slim image: Python asks /healthz (a non-2xx answer raises, exit 1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3978'), timeout=4)"]

CMD ["python", "app.py", "serve"]
