resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "User sessions"
  engine               = "redis"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 1
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Shopping carts"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = false
}
