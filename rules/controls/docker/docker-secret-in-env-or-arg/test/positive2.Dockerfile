ARG GITHUB_TOKEN=ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake1234
FROM alpine:3.22
# legacy form: the rest of the line is the value
ENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
LABEL deploy.key="AKIAIOSFODNN7EXAMPLE"
