// The usage lines of `slipway workflow`, apart from the command so `slipway --help` loads no parser.
export const workflowUsage = `  slipway workflow <file> [options]          run a workflow file as the runner does (see the cli README)
      --event <name>                         push (default), pull_request, workflow_dispatch, workflow_call, ...
      --ref <ref> / --sha <sha>              GITHUB_REF and GITHUB_SHA (default: the repository's branch and HEAD)
      --repo <dir>                           the repository checkout clones (default: the one around the file)
      --repository <owner/name>              GITHUB_REPOSITORY (default: from the origin remote)
      --input k=v  --secret k[=v]  --var k=v inputs, secrets (v from the environment when left out) and vars
      --job <id>  --matrix k=v               only these jobs (and what they need), only these matrix legs
      --dry-run                              print the plan (jobs, matrix legs, steps) and run nothing
      --strict                               fail a step whose third-party action has no local stand-in
      --raw                                  print workflow commands as the actions wrote them
      --registry ghcr.io=127.0.0.1:5000      a registry host in slipway steps' inputs → a local registry
      --mirror https://host/path=http://127.0.0.1:8080/path   a download URL prefix → a local mirror
      --github-api <url>                     GITHUB_API_URL for every step (the GitHub fake)
      --with job.step.input=value            an input of one step set (or removed when empty) for this machine
      --skip-step job.step                   a step not run on this machine (a runner setup that needs sudo)
      --actor <login> --token <token>        github.actor and github.token (default GITHUB_ACTOR, GITHUB_TOKEN)
      --out <dir>                            the run's folder: workspaces, artifacts, step summaries
      --json <file>                          write the result (or the plan) as JSON to a file
`
