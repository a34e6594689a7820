# The unionkg API image (used by docker-compose.yml; Neo4j runs in its own container).
FROM python:3.11-slim
RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
COPY unionkg ./unionkg
COPY graph ./graph
COPY extract ./extract
COPY api ./api
COPY cypher ./cypher
COPY seeds ./seeds
RUN uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
EXPOSE 8000
CMD ["sh", "-c", "unionkg ingest seeds && unionkg serve"]
