variable "all_regions" {
  type = bool
}

resource "aws_cloudtrail" "configurable" {
  name                  = "configurable"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = var.all_regions
}
