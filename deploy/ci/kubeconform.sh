#!/usr/bin/env bash
# The Kubernetes manifests against the Kubernetes JSON schemas with kubeconform (from the Go module
# proxy, built once into the CI cache), offline: the schemas are the ones vendored in
# deploy/schemas/ (their README says where from), -strict makes an unknown field an error.
# `npm test` checks the same files against the same schemas with ajv (test/deploy-files.unit.spec.ts);
# this is the tool operators run, so CI runs it too.
#   deploy/ci/kubeconform.sh [files…]   (default: deploy/k8s/*.yaml and deploy/k8s/postgres/*.yaml)
# Env: GONGJIAN_CI_CACHE (~/.cache/gongjian-ci)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version=v0.6.7
cache="${GONGJIAN_CI_CACHE:-$HOME/.cache/gongjian-ci}/kubeconform-$version"
bin="$cache/kubeconform"

if [ ! -x "$bin" ]; then
  command -v go >/dev/null || { echo "kubeconform: go not found" >&2; exit 1; }
  echo "kubeconform: building $version (first time only)"
  mkdir -p "$cache"
  GOBIN="$cache" go install "github.com/yannh/kubeconform/cmd/kubeconform@$version"
fi

cd "$root"
if [ "$#" -eq 0 ]; then set -- deploy/k8s/*.yaml deploy/k8s/postgres/*.yaml; fi
"$bin" -strict -summary -kubernetes-version 1.32.2 \
  -schema-location 'deploy/schemas/kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json' \
  "$@"
