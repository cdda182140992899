# the environment's own setting overrides the saved configuration
resource "aws_elastic_beanstalk_environment" "storefront_batch" {
  name          = "storefront-batch"
  application   = "storefront"
  template_name = "worker-defaults"
  tier          = "Worker"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "False"
  }
}
