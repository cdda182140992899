resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 3
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

# cluster mode enabled: two shards with a replica each
resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Shopping carts"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_node_groups            = 2
  replicas_per_node_group    = 1
  automatic_failover_enabled = true
}
