// The kinds OpenAPI-derived JSON schemas are generated for (see generate): one root interface per schema file,
// one property per "apiVersion kind". Only kinds deploy/k8s uses, or may reasonably use, are listed.
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IService } from "kubernetes-models/v1/Service";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IPodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta as ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import type { IServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import type { ClusterSpec, ScheduledBackupSpec } from "@cdk8s-kit/crds/pg";

export interface Kubernetes {
  "v1 ConfigMap": IConfigMap;
  "v1 Namespace": INamespace;
  "v1 Secret": ISecret;
  "v1 Service": IService;
  "v1 ServiceAccount": IServiceAccount;
  "apps/v1 Deployment": IDeployment;
  "policy/v1 PodDisruptionBudget": IPodDisruptionBudget;
  "autoscaling/v2 HorizontalPodAutoscaler": IHorizontalPodAutoscaler;
  "networking.k8s.io/v1 Ingress": IIngress;
  "networking.k8s.io/v1 NetworkPolicy": INetworkPolicy;
  // validates the metadata of custom resources, whose CRD schemas only say "object"
  "ObjectMeta": ObjectMeta;
}

export interface PrometheusOperator {
  "monitoring.coreos.com/v1 ServiceMonitor": IServiceMonitor;
}

export interface CnpgCluster {
  apiVersion: "postgresql.cnpg.io/v1";
  kind: "Cluster";
  metadata: ObjectMeta;
  spec: ClusterSpec;
}

export interface CnpgScheduledBackup {
  apiVersion: "postgresql.cnpg.io/v1";
  kind: "ScheduledBackup";
  metadata: ObjectMeta;
  spec: ScheduledBackupSpec;
}

export interface CloudNativePG {
  "postgresql.cnpg.io/v1 Cluster": CnpgCluster;
  "postgresql.cnpg.io/v1 ScheduledBackup": CnpgScheduledBackup;
}
