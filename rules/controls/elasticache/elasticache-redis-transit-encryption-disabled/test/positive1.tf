resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Shopping carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = false
}

# halfway through a migration to TLS
resource "aws_elasticache_replication_group" "tokens" {
  replication_group_id       = "tokens"
  description                = "API tokens"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
