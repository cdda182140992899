resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.sessions_auth_token
}

variable "sessions_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "tokens" {
  replication_group_id       = "tokens"
  description                = "API tokens"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}

# a secondary group of a global datastore: encryption follows the primary
resource "aws_elasticache_replication_group" "sessions_eu" {
  replication_group_id        = "sessions-eu"
  description                 = "User sessions, Europe"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}
