FROM node:22-bookworm-slim AS build
FROM node:24-alpine3.22 AS web
FROM python:3.11-slim AS worker
FROM python:3.13 AS tool
FROM alpine:3.22 AS base
FROM debian:bookworm-slim AS deb
FROM ubuntu:24.04 AS ubu
FROM ubuntu:22.04 AS ubu2
FROM php:8.4-fpm AS php
FROM ruby:3.4 AS ruby
FROM base AS final
FROM scratch
