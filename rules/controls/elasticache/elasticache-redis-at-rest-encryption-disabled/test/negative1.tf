resource "aws_kms_key" "cache" {
  description         = "Cache encryption"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

# Valkey encrypts at rest by default
resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Shopping carts"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

# a secondary group of a global datastore: encryption follows the primary
resource "aws_elasticache_replication_group" "sessions_eu" {
  replication_group_id        = "sessions-eu"
  description                 = "User sessions, Europe"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}
