FROM --platform=linux/amd64 registry.example.com:5000/team/base:latest AS base
RUN echo ready
